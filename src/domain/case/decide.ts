import { ReglamentError, reject, type Rejection } from '../shared/errors.js';
import { acceptApplication } from './commands/accept.js';
import { checkDocuments } from './commands/check-documents.js';
import { saveDraft, submitDraft } from './commands/drafts.js';
import { forwardToOfficer } from './commands/forward.js';
import { issueResult } from './commands/issue.js';
import { refuseIntake } from './commands/refuse-intake.js';
import { registerApplication } from './commands/register.js';
import { returnDraft, signResult } from './commands/sign.js';
import type { CaseCommand, DecisionContext, RegisterApplication } from './commands/types.js';
import type { CaseEvent } from './events.js';
import { guardTurn } from './steps.js';
import type { CaseState } from './types.js';

/**
 * The case engine: a pure decision from the case, a command and its context to the events
 * that record it, or a coded rejection. Nothing is stored here; the caller appends the events
 * and the new state in one transaction.
 *
 * @example
 *   const out = decide(state, { type: 'forward', officer }, ctx);
 *   if (isRejection(out)) return problem(out);
 */
export function decide(
  state: CaseState,
  command: CaseCommand,
  ctx: DecisionContext,
): CaseEvent[] | Rejection {
  const turn = guardTurn(state, command.type, ctx.actor);

  if (turn !== null) return turn;

  return guardCalendar(() => {
    const out = dispatch(state, command, ctx);

    return 'type' in out ? [out] : out;
  });
}

/** The first decision of every case, before any state exists. */
export function decideRegistration(
  command: RegisterApplication,
  ctx: DecisionContext,
): CaseEvent[] | Rejection {
  return guardCalendar(() => {
    const out = registerApplication(command, ctx);

    return 'type' in out ? [out] : out;
  });
}

function dispatch(s: CaseState, c: CaseCommand, ctx: DecisionContext): CaseEvent | Rejection {
  switch (c.type) {
    case 'check-documents':
      return checkDocuments(s, c, ctx);
    case 'accept':
      return acceptApplication(s, c, ctx);
    case 'refuse-intake':
      return refuseIntake(s, c, ctx);
    case 'forward':
      return forwardToOfficer(s, c, ctx);
    case 'save-draft':
      return saveDraft(s, c, ctx);
    case 'submit-draft':
      return submitDraft(s, c, ctx);
    case 'return-draft':
      return returnDraft(s, c, ctx);
    case 'sign':
      return signResult(s, c, ctx);
    case 'issue':
      return issueResult(s, c, ctx);
  }
}

/** A deadline past the calendar's last year is a rejection the user can act on, not a crash. */
function guardCalendar(decision: () => CaseEvent[] | Rejection): CaseEvent[] | Rejection {
  try {
    return decision();
  } catch (error: unknown) {
    if (error instanceof ReglamentError && error.code === 'CALENDAR_OUT_OF_RANGE') {
      return reject(error.code, error.details);
    }
    throw error;
  }
}
