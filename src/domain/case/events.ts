import type { ResultKind } from '../regulation/types.js';
import type { Instant } from '../shared/time.js';
import type {
  Actor,
  Applicant,
  ClosedStep,
  DraftResult,
  Handover,
  OpenStep,
  Representative,
} from './types.js';

interface EventBase<T extends string, D> {
  readonly type: T;
  readonly at: Instant;
  readonly actor: Actor;
  /** The step this event completes, with its deadline and whether it was met. */
  readonly closes: ClosedStep | null;
  /** The step this event hands the case to, with its holder and deadline. */
  readonly opens: OpenStep | null;
  readonly data: D;
}

export type ApplicationRegistered = EventBase<
  'ApplicationRegistered',
  {
    readonly caseId: string;
    readonly serviceCode: string;
    readonly versionId: string;
    readonly providerCode: string;
    readonly applicant: Applicant;
    readonly representative: Representative | null;
    readonly documentsPresented: readonly string[];
  }
>;

export type DocumentsChecked = EventBase<
  'DocumentsChecked',
  { readonly presented: readonly string[]; readonly missing: readonly string[] }
>;

export type ApplicationAccepted = EventBase<
  'ApplicationAccepted',
  {
    readonly incomingNumber: string;
    readonly versionId: string;
    readonly termDueAt: Instant;
  }
>;

export type IntakeRefused = EventBase<
  'IntakeRefused',
  { readonly missing: readonly string[]; readonly reason: string }
>;

export type CaseForwarded = EventBase<'CaseForwarded', { readonly officerId: string }>;

export type DraftSaved = EventBase<'DraftSaved', { readonly draft: DraftResult }>;

export type DraftSubmitted = EventBase<'DraftSubmitted', { readonly draft: DraftResult }>;

export type DraftReturned = EventBase<'DraftReturned', { readonly comment: string }>;

export type ResultSigned = EventBase<'ResultSigned', { readonly resultKind: ResultKind }>;

export type ResultIssued = EventBase<
  'ResultIssued',
  { readonly resultKind: ResultKind; readonly handover: Handover }
>;

export type CaseEvent =
  | ApplicationRegistered
  | DocumentsChecked
  | ApplicationAccepted
  | IntakeRefused
  | CaseForwarded
  | DraftSaved
  | DraftSubmitted
  | DraftReturned
  | ResultSigned
  | ResultIssued;

export type CaseEventType = CaseEvent['type'];
