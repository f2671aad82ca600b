import type { CaseEvent, CaseState, OpenStep, Receipt } from '../../domain/case/index.js';
import { missingDocuments } from '../../domain/case/index.js';
import type { ResultKind, ServiceVersion } from '../../domain/regulation/types.js';
import type { Instant } from '../../domain/shared/time.js';
import type { StoredEvent, User } from '../ports.js';
import type { StepSla, WorkingTime } from '../working-time.js';

export interface PersonRef {
  readonly id: string;
  readonly name: string | null;
}

/** A case as the API and the command line show it: instants in local ISO form, people named. */
export interface CaseView {
  readonly id: string;
  readonly serviceCode: string;
  readonly versionId: string;
  readonly status: CaseState['status'];
  readonly revision: number;
  readonly applicant: CaseState['applicant'];
  readonly representative: CaseState['representative'];
  readonly registeredAt: string;
  readonly registeredBy: PersonRef;
  readonly documentsPresented: readonly string[];
  readonly documentsMissing: readonly string[];
  readonly receipt: {
    readonly incomingNumber: string;
    readonly acceptedAt: string;
    readonly clerk: PersonRef;
    readonly termDueAt: string;
    /** Whether the result was handed over by the term on the receipt; null until it is. */
    readonly termMet: boolean | null;
  } | null;
  readonly step: StepView | null;
  /**
   * How the whole case stands: overdue when its open step is overdue or the term written on
   * the receipt has passed, due soon when its step is; null once the case is closed.
   */
  readonly sla: StepSla['state'] | null;
  readonly officer: PersonRef | null;
  readonly draft: CaseState['draft'];
  readonly draftSubmitted: boolean;
  readonly returns: number;
  readonly closedSteps: readonly {
    readonly code: string;
    readonly startedAt: string;
    readonly dueAt: string;
    readonly closedAt: string;
    readonly late: boolean;
  }[];
  readonly outcome: OutcomeView | null;
}

export type OutcomeView =
  | { readonly kind: 'intake-refused'; readonly at: string }
  | { readonly kind: 'issued'; readonly resultKind: ResultKind; readonly at: string };

export interface StepView {
  readonly code: string;
  readonly holder: PersonRef & { readonly role: string };
  readonly startedAt: string;
  readonly dueAt: string;
  readonly limit: OpenStep['limit'];
  readonly sla: StepSla;
}

export interface TimelineEntry {
  readonly seq: number;
  readonly type: CaseEvent['type'];
  readonly at: string;
  readonly actor: PersonRef & { readonly role: string };
  readonly closes: {
    readonly code: string;
    readonly dueAt: string;
    readonly closedAt: string;
    readonly late: boolean;
  } | null;
  readonly opens: {
    readonly code: string;
    readonly holder: PersonRef & { readonly role: string };
    readonly dueAt: string;
    readonly limit: OpenStep['limit'];
    readonly explanation: unknown;
  } | null;
  readonly data: CaseEvent['data'];
  readonly hash: string;
}

type Names = ReadonlyMap<string, User>;

export function personRef(names: Names, id: string): PersonRef {
  return { id, name: names.get(id)?.fullName ?? null };
}

export function stepView(step: OpenStep, time: WorkingTime, now: Instant, names: Names): StepView {
  return {
    code: step.code,
    holder: { ...personRef(names, step.holder.userId), role: step.holder.role },
    startedAt: time.format(step.startedAt),
    dueAt: time.format(step.dueAt),
    limit: step.limit,
    sla: time.sla(now, step),
  };
}

export function caseView(
  state: CaseState,
  version: ServiceVersion,
  time: WorkingTime,
  now: Instant,
  names: Names,
): CaseView {
  const f = (at: Instant): string => time.format(at);
  const step = state.step === null ? null : stepView(state.step, time, now, names);

  return {
    id: state.id,
    serviceCode: state.serviceCode,
    versionId: state.versionId,
    status: state.status,
    revision: state.revision,
    applicant: state.applicant,
    representative: state.representative,
    registeredAt: f(state.registeredAt),
    registeredBy: personRef(names, state.registeredBy),
    documentsPresented: state.documentsPresented,
    documentsMissing: missingDocuments(version, state.documentsPresented),
    receipt: state.receipt === null ? null : receiptView(state, state.receipt, f, names),
    step,
    sla: caseSla(step, state.receipt?.termDueAt ?? null, now),
    officer: state.officerId === null ? null : personRef(names, state.officerId),
    draft: state.draft,
    draftSubmitted: state.draftSubmitted,
    returns: state.returns,
    closedSteps: state.closedSteps.map((s) => ({
      ...s,
      startedAt: f(s.startedAt),
      dueAt: f(s.dueAt),
      closedAt: f(s.closedAt),
    })),
    outcome: state.outcome === null ? null : { ...state.outcome, at: f(state.outcome.at) },
  };
}

function receiptView(state: CaseState, receipt: Receipt, f: (at: Instant) => string, names: Names) {
  const handedOver = state.outcome?.kind === 'issued' ? state.outcome.at : null;

  return {
    incomingNumber: receipt.incomingNumber,
    acceptedAt: f(receipt.acceptedAt),
    clerk: personRef(names, receipt.clerkId),
    termDueAt: f(receipt.termDueAt),
    termMet: handedOver === null ? null : handedOver <= receipt.termDueAt,
  };
}

function caseSla(step: StepView | null, termDueAt: Instant | null, now: Instant) {
  if (step === null) return null;
  if (termDueAt !== null && now > termDueAt) return 'overdue';

  return step.sla.state;
}

/**
 * The case's history as people read it: who did what when, which deadline each step had and
 * whether it was met, and how each new deadline was counted on the working calendar.
 */
export function timeline(events: readonly StoredEvent[], time: WorkingTime, names: Names) {
  return events.map(({ seq, event, hash }): TimelineEntry => ({
    seq,
    type: event.type,
    at: time.format(event.at),
    actor: { ...personRef(names, event.actor.userId), role: event.actor.role },
    closes:
      event.closes === null
        ? null
        : {
            code: event.closes.code,
            dueAt: time.format(event.closes.dueAt),
            closedAt: time.format(event.closes.closedAt),
            late: event.closes.late,
          },
    opens:
      event.opens === null
        ? null
        : {
            code: event.opens.code,
            holder: {
              ...personRef(names, event.opens.holder.userId),
              role: event.opens.holder.role,
            },
            dueAt: time.format(event.opens.dueAt),
            limit: event.opens.limit,
            explanation: explainSafely(time, event.opens),
          },
    data: event.data,
    hash,
  }));
}

/**
 * A reopened step keeps its first deadline, so its explanation is the one of its first start.
 * A calendar corrected later may count differently; the recorded deadline stays the record.
 */
function explainSafely(time: WorkingTime, step: OpenStep): unknown {
  try {
    return time.explain(step.startedAt, step.limit);
  } catch {
    return null;
  }
}
