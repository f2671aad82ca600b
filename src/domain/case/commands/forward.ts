import { reject, type Rejection } from '../../shared/errors.js';
import type { CaseForwarded } from '../events.js';
import { closeStep, openStep } from '../steps.js';
import type { CaseState } from '../types.js';
import type { DecisionContext, ForwardToOfficer } from './types.js';

/** The head sends the documents to a responsible officer for execution (§5 item 2). */
export function forwardToOfficer(
  state: CaseState,
  command: ForwardToOfficer,
  ctx: DecisionContext,
): CaseForwarded | Rejection {
  if (command.officer.role !== 'officer') {
    return reject('ASSIGNEE_NOT_OFFICER', { userId: command.officer.userId });
  }

  return {
    type: 'CaseForwarded',
    at: ctx.now,
    actor: ctx.actor,
    closes: closeStep(state, ctx.now),
    opens: openStep(ctx, 'execution', command.officer),
    data: { officerId: command.officer.userId },
  };
}
