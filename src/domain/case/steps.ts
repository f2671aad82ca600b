import type { StepCode, StepDefinition } from '../regulation/types.js';
import { reject, type Rejection } from '../shared/errors.js';
import type { Instant } from '../shared/time.js';
import type { CaseCommandType, DecisionContext } from './commands/types.js';
import type { Actor, CaseState, ClosedStep, OpenStep } from './types.js';

/** The one step in which each command may be given. */
export const COMMAND_STEP: Readonly<Record<CaseCommandType, StepCode>> = {
  'check-documents': 'intake',
  accept: 'intake',
  'refuse-intake': 'intake',
  forward: 'routing',
  'save-draft': 'execution',
  'submit-draft': 'execution',
  'return-draft': 'signing',
  sign: 'signing',
  issue: 'issuance',
};

/**
 * Only the role and the person holding a case may act on it, and only with a command that fits
 * the step the case is in. The order of the checks decides which reason a user sees first.
 */
export function guardTurn(
  state: CaseState,
  command: CaseCommandType,
  actor: Actor,
): Rejection | null {
  const step = state.step;

  if (state.status === 'closed' || step === null) {
    return reject('CASE_CLOSED', { caseId: state.id });
  }
  if (COMMAND_STEP[command] !== step.code) {
    return reject('STEP_MISMATCH', { command, step: step.code });
  }
  if (actor.role !== step.holder.role) {
    return reject('WRONG_ROLE', { step: step.code, role: step.holder.role });
  }
  if (actor.userId !== step.holder.userId) {
    return reject('NOT_HOLDER', { step: step.code });
  }

  return null;
}

export function stepDefinition(ctx: DecisionContext, code: StepCode): StepDefinition {
  const step = ctx.version.steps.find((s) => s.code === code);

  if (step === undefined) throw new Error(`Version ${ctx.version.id} has no step ${code}`);

  return step;
}

/** Opens a step now, with its deadline counted from now by the step's own limit. */
export function openStep(ctx: DecisionContext, code: StepCode, holder: Actor): OpenStep {
  const { limit } = stepDefinition(ctx, code);

  return { code, holder, startedAt: ctx.now, dueAt: ctx.deadline(ctx.now, limit), limit };
}

/** Closes the open step now and records whether its deadline was met. */
export function closeStep(state: CaseState, now: Instant): ClosedStep {
  const step = state.step!;

  return {
    code: step.code,
    startedAt: step.startedAt,
    dueAt: step.dueAt,
    closedAt: now,
    late: now > step.dueAt,
  };
}

/**
 * When the result is due if every step after intake uses its whole limit: the term written
 * on the receipt. Each step's limit is counted from the previous step's deadline.
 */
export function termDueAt(ctx: DecisionContext, acceptedAt: Instant): Instant {
  return ctx.version.steps
    .filter((s) => s.code !== 'intake')
    .reduce((from, s) => ctx.deadline(from, s.limit), acceptedAt);
}
