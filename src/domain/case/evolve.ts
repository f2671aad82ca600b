import type { CaseEvent } from './events.js';
import type { CaseState, ClosedStep } from './types.js';

/**
 * Folds one event into the case. The first event must be the registration; every later one
 * changes only what it records. Replaying a case's events through `evolve` rebuilds its state,
 * which is how an auditor checks the stored row against the history.
 */
export function evolve(state: CaseState | null, event: CaseEvent): CaseState {
  if (event.type === 'ApplicationRegistered') return registered(event);
  if (state === null) throw new Error(`A case cannot start with ${event.type}`);

  const base: CaseState = {
    ...state,
    step: event.opens ?? (event.closes === null ? state.step : null),
    closedSteps: closeStep(state.closedSteps, event.closes),
    revision: state.revision + 1,
  };

  return applyData(base, event);
}

function registered(event: Extract<CaseEvent, { type: 'ApplicationRegistered' }>): CaseState {
  return {
    id: event.data.caseId,
    serviceCode: event.data.serviceCode,
    versionId: event.data.versionId,
    providerCode: event.data.providerCode,
    status: 'intake',
    applicant: event.data.applicant,
    representative: event.data.representative,
    registeredAt: event.at,
    registeredBy: event.actor.userId,
    documentsPresented: event.data.documentsPresented,
    receipt: null,
    headId: null,
    officerId: null,
    draft: null,
    draftSubmitted: false,
    returns: 0,
    step: event.opens,
    closedSteps: [],
    outcome: null,
    revision: 1,
  };
}

function closeStep(closed: readonly ClosedStep[], step: ClosedStep | null): readonly ClosedStep[] {
  return step === null ? closed : [...closed, step];
}

function applyData(
  s: CaseState,
  event: Exclude<CaseEvent, { type: 'ApplicationRegistered' }>,
): CaseState {
  switch (event.type) {
    case 'DocumentsChecked':
      return { ...s, documentsPresented: event.data.presented };
    case 'ApplicationAccepted':
      return {
        ...s,
        status: 'routing' as const,
        versionId: event.data.versionId,
        headId: event.opens?.holder.userId ?? null,
        receipt: {
          incomingNumber: event.data.incomingNumber,
          acceptedAt: event.at,
          clerkId: event.actor.userId,
          termDueAt: event.data.termDueAt,
        },
      };
    case 'IntakeRefused':
      return { ...s, status: 'closed' as const, outcome: { kind: 'intake-refused', at: event.at } };
    case 'CaseForwarded':
      return { ...s, status: 'execution' as const, officerId: event.data.officerId };
    case 'DraftSaved':
      return { ...s, draft: event.data.draft };
    case 'DraftSubmitted':
      return { ...s, status: 'signing' as const, draft: event.data.draft, draftSubmitted: true };
    case 'DraftReturned':
      return { ...s, status: 'execution' as const, draftSubmitted: false, returns: s.returns + 1 };
    case 'ResultSigned':
      return { ...s, status: 'issuance' as const };
    case 'ResultIssued':
      return {
        ...s,
        status: 'closed' as const,
        outcome: { kind: 'issued', resultKind: event.data.resultKind, at: event.at },
      };
  }
}

/** Rebuilds a case from its whole history. */
export function replay(events: readonly CaseEvent[]): CaseState | null {
  return events.reduce<CaseState | null>(evolve, null);
}
