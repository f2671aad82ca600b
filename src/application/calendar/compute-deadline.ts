import { parseInstant, parseLimit, type DeadlineExplanation } from '../../domain/calendar/index.js';
import type { App } from '../context.js';

/** A deadline question as the command line and the API receive it: text, not yet checked. */
export interface DeadlineQuestion {
  /** ISO 8601 with an offset, e.g. `2020-01-03T17:00+05:00`. */
  readonly from: string;
  readonly amount: string | number;
  readonly unit: string;
}

export interface ComputedDeadline {
  /** ISO 8601 in the office's offset, e.g. `2020-01-05T18:30:00+05:00`. */
  readonly due: string;
  readonly explanation: DeadlineExplanation;
}

/**
 * Counts a statutory deadline on the current calendar, with the reasons. Nothing is guessed: a
 * start without an offset, an unknown unit or an absurd amount is refused with its code.
 *
 * @example
 *   computeDeadline(app, { from: '2020-01-03T17:00+05:00', amount: '1', unit: 'working-days' })
 *     .due; // '2020-01-05T18:30:00+05:00': a working Sunday by decree
 * @throws ReglamentError INSTANT_WITHOUT_OFFSET, LIMIT_UNIT_UNKNOWN, LIMIT_AMOUNT_INVALID, or
 *   CALENDAR_OUT_OF_RANGE when the count leaves the calendar's years
 */
export function computeDeadline(app: App, question: DeadlineQuestion): ComputedDeadline {
  const from = parseInstant(question.from);
  const limit = parseLimit(question.amount, question.unit);

  const explanation = app.workingTime().explain(from, limit);

  return { due: explanation.due.instant, explanation };
}
