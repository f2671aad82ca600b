import type { ServiceVersion } from '../../regulation/types.js';
import type { Instant, IsoDate, Limit } from '../../shared/time.js';
import type { Actor, Applicant, DraftResult, PowerOfAttorney, Representative } from '../types.js';

export interface RegisterApplication {
  readonly type: 'register';
  readonly caseId: string;
  readonly applicant: Applicant;
  readonly representative: Representative | null;
  readonly documentsPresented: readonly string[];
}

export interface CheckDocuments {
  readonly type: 'check-documents';
  readonly presented: readonly string[];
}

export interface AcceptApplication {
  readonly type: 'accept';
  /** Allocated by the store, unique per provider and year. */
  readonly incomingNumber: string;
  /** The provider's head, who receives the documents (§5 item 1). */
  readonly head: Actor;
}

export interface RefuseIntake {
  readonly type: 'refuse-intake';
  readonly missing: readonly string[];
  readonly reason: string;
}

export interface ForwardToOfficer {
  readonly type: 'forward';
  readonly officer: Actor;
}

export interface SaveDraft {
  readonly type: 'save-draft';
  readonly draft: DraftResult;
}

export interface SubmitDraft {
  readonly type: 'submit-draft';
  /** The draft to submit; when absent, the last saved draft is submitted. */
  readonly draft: DraftResult | null;
}

export interface ReturnDraft {
  readonly type: 'return-draft';
  readonly comment: string;
}

export interface SignResult {
  readonly type: 'sign';
  /** The clerk who will hand the result over; by default the one who registered the case. */
  readonly clerk: Actor | null;
}

export interface IssueResult {
  readonly type: 'issue';
  readonly to: 'recipient' | 'attorney';
  readonly receivedBy: string;
  readonly powerOfAttorney: PowerOfAttorney | null;
}

export type CaseCommand =
  | CheckDocuments
  | AcceptApplication
  | RefuseIntake
  | ForwardToOfficer
  | SaveDraft
  | SubmitDraft
  | ReturnDraft
  | SignResult
  | IssueResult;

export type CaseCommandType = CaseCommand['type'];

/**
 * What a decision may consult besides the case: the current instant, the regulation version,
 * and the working calendar (through `deadline` and `localDate`). All of it is passed in, so a
 * decision is a pure function and replays the same way on any day.
 */
export interface DecisionContext {
  readonly now: Instant;
  readonly actor: Actor;
  readonly version: ServiceVersion;
  readonly deadline: (from: Instant, limit: Limit) => Instant;
  readonly localDate: (at: Instant) => IsoDate;
}
