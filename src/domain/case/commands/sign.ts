import { reject, type Rejection } from '../../shared/errors.js';
import type { DraftReturned, ResultSigned } from '../events.js';
import { closeStep, openStep, stepDefinition } from '../steps.js';
import type { CaseState, OpenStep } from '../types.js';
import { requireText } from '../../shared/plain-text.js';
import type { DecisionContext, ReturnDraft, SignResult } from './types.js';

/** The head signs the result and sends it to the clerk who will hand it over (§5 item 4). */
export function signResult(
  state: CaseState,
  command: SignResult,
  ctx: DecisionContext,
): ResultSigned | Rejection {
  const clerk = command.clerk ?? { userId: state.registeredBy, role: 'clerk' as const };

  if (clerk.role !== 'clerk') return reject('ROLE_FORBIDDEN', { role: clerk.role });

  return {
    type: 'ResultSigned',
    at: ctx.now,
    actor: ctx.actor,
    closes: closeStep(state, ctx.now),
    opens: openStep(ctx, 'issuance', clerk),
    data: { resultKind: state.draft!.kind },
  };
}

/**
 * The head returns the draft with a comment. The officer's 26 days keep running: the reopened
 * execution step keeps the deadline it got when the head first forwarded the case.
 */
export function returnDraft(
  state: CaseState,
  command: ReturnDraft,
  ctx: DecisionContext,
): DraftReturned | Rejection {
  const invalid = requireText(command.comment, 'comment');

  if (invalid !== null) return invalid;

  return {
    type: 'DraftReturned',
    at: ctx.now,
    actor: ctx.actor,
    closes: closeStep(state, ctx.now),
    opens: reopenExecution(state, ctx),
    data: { comment: command.comment.trim() },
  };
}

function reopenExecution(state: CaseState, ctx: DecisionContext): OpenStep {
  const first = state.closedSteps.find((s) => s.code === 'execution')!;

  return {
    code: 'execution',
    holder: { userId: state.officerId!, role: 'officer' },
    startedAt: first.startedAt,
    dueAt: first.dueAt,
    limit: stepDefinition(ctx, 'execution').limit,
  };
}
