import { reject, type Rejection } from '../../shared/errors.js';
import type { ResultIssued } from '../events.js';
import { closeStep } from '../steps.js';
import type { CaseState } from '../types.js';
import { requireText } from '../../shared/plain-text.js';
import { validatePowerOfAttorney } from '../validate-parties.js';
import type { DecisionContext, IssueResult } from './types.js';

/**
 * The clerk hands the signed result to the recipient, or to the recipient's representative
 * acting under a power of attorney whose number and date are recorded (§5 item 5).
 */
export function issueResult(
  state: CaseState,
  command: IssueResult,
  ctx: DecisionContext,
): ResultIssued | Rejection {
  const invalid = requireText(command.receivedBy, 'receivedBy') ?? checkAttorney(command, ctx);

  if (invalid !== null) return invalid;

  return {
    type: 'ResultIssued',
    at: ctx.now,
    actor: ctx.actor,
    closes: closeStep(state, ctx.now),
    opens: null,
    data: {
      resultKind: state.draft!.kind,
      handover: {
        to: command.to,
        receivedBy: command.receivedBy.trim(),
        powerOfAttorney: command.to === 'attorney' ? command.powerOfAttorney : null,
      },
    },
  };
}

function checkAttorney(command: IssueResult, ctx: DecisionContext): Rejection | null {
  if (command.to !== 'attorney') return null;
  if (command.powerOfAttorney === null) return reject('ATTORNEY_REQUIRED', {});

  return validatePowerOfAttorney(
    command.powerOfAttorney,
    ctx.localDate(ctx.now),
    'powerOfAttorney',
  );
}
