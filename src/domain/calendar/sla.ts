import { ReglamentError } from '../shared/errors.js';
import { MS_PER_MINUTE, type Instant, type Limit, type LimitUnit } from '../shared/time.js';
import { assertLimit } from './limit.js';
import type { OfficeHours } from './office-hours.js';
import type { WorkCalendar } from './work-calendar.js';
import { checkedDayIndexAt, positionAt } from './working-time.js';

export type SlaStateName = 'on-time' | 'due-soon' | 'overdue';

/**
 * When a step counts as due soon: when at most `fractionOfSpan` of the time between its start
 * and its deadline is left, or when at most `amount` is left in the step's own unit.
 */
export type DueSoonThreshold = { readonly fractionOfSpan: number } | { readonly amount: number };

export const DEFAULT_DUE_SOON: DueSoonThreshold = { fractionOfSpan: 0.25 };

export interface SlaInput {
  readonly now: Instant;
  readonly startedAt: Instant;
  readonly due: Instant;
  readonly limit: Limit;
  readonly dueSoonThreshold?: DueSoonThreshold;
}

export interface SlaState {
  readonly state: SlaStateName;
  /** Time left in the limit's unit; zero or negative once overdue (how late). */
  readonly left: { readonly amount: number; readonly unit: LimitUnit };
}

/**
 * Where a step stands against its deadline.
 *
 * `left` is counted in the step's own unit, rounding a started unit up, and never counts time
 * before the term begins (day terms begin the day after `startedAt`, so at the start a
 * 3-working-day step has 3 left, not 3 plus the rest of the start day):
 * - working minutes: office minutes between now and the deadline;
 * - working days: working days from today to the deadline's day, today included while office
 *   time of it remains (on the last day before closing, 1 is left);
 * - calendar days: days from today to the deadline's day, both included.
 * Once `now` is past the deadline the step is overdue and `left` is minus how late it is in the
 * same unit: office minutes or working days begun since the deadline, or calendar days since
 * its day. It is 0 while no office time has passed (overdue at 19:00 on the last day).
 *
 * Due soon: with the default `{ fractionOfSpan: 0.25 }`, when at most a quarter of the term is
 * left, measured in office time for working units and in days for calendar days; with
 * `{ amount }`, when `left.amount` is at most that amount.
 *
 * @example
 *   slaState(calendar, DEFAULT_OFFICE_HOURS, { now, startedAt, due, limit });
 *   // { state: 'due-soon', left: { amount: 1, unit: 'working-days' } }
 * @throws ReglamentError LIMIT_UNIT_UNKNOWN, LIMIT_AMOUNT_INVALID, CALENDAR_OUT_OF_RANGE, or
 *   DATE_ORDER when the deadline lies before the start
 */
export function slaState(calendar: WorkCalendar, hours: OfficeHours, input: SlaInput): SlaState {
  assertLimit(input.limit);
  assertOrder(input);

  const unit = input.limit.unit;
  const p = progressOf(calendar, hours, input);
  const left = { amount: p.left, unit };

  if (input.now > input.due) return { state: 'overdue', left };

  const threshold = input.dueSoonThreshold ?? DEFAULT_DUE_SOON;
  const soon =
    'amount' in threshold
      ? p.left <= threshold.amount
      : p.remaining <= threshold.fractionOfSpan * p.total;

  return { state: soon ? 'due-soon' : 'on-time', left };
}

function assertOrder(input: SlaInput): void {
  if (input.due < input.startedAt) {
    throw new ReglamentError('DATE_ORDER', { field: 'due', after: 'startedAt' });
  }
}

/**
 * `left` in the unit (negative when late); `remaining` and `total` in the unit's finest measure
 * (office ms, or days) for the due-soon fraction.
 */
interface Progress {
  readonly left: number;
  readonly remaining: number;
  readonly total: number;
}

function progressOf(calendar: WorkCalendar, hours: OfficeHours, input: SlaInput): Progress {
  if (input.limit.unit === 'calendar-days') return calendarProgress(calendar, hours, input);

  const dayTerm = input.limit.unit === 'working-days';
  const unitMs = dayTerm ? hours.workingMsPerDay : MS_PER_MINUTE;
  const termStart = dayTerm
    ? dayTermStartPosition(calendar, hours, input.startedAt)
    : positionAt(calendar, hours, input.startedAt);
  const now = Math.max(positionAt(calendar, hours, input.now), termStart);
  const due = positionAt(calendar, hours, input.due);
  const late = input.now > input.due;
  const rounded = Math.ceil(Math.abs(due - now) / unitMs);

  // `|| 0` turns -0 into 0: late, but no office time has passed since the deadline.
  return { left: late ? -rounded || 0 : rounded, remaining: due - now, total: due - termStart };
}

/** Office time elapsed before the first day after the start date. */
function dayTermStartPosition(
  calendar: WorkCalendar,
  hours: OfficeHours,
  startedAt: Instant,
): number {
  const index = checkedDayIndexAt(calendar, hours, startedAt);

  return (calendar.table.workingBefore[index + 1] ?? 0) * hours.workingMsPerDay;
}

function calendarProgress(calendar: WorkCalendar, hours: OfficeHours, input: SlaInput): Progress {
  const startDay = checkedDayIndexAt(calendar, hours, input.startedAt);
  const nowDay = checkedDayIndexAt(calendar, hours, input.now);
  const dueDay = checkedDayIndexAt(calendar, hours, input.due);
  const total = dueDay - startDay;

  if (input.now > input.due) return { left: dueDay - nowDay, remaining: 0, total };

  const remaining = dueDay - Math.max(nowDay, startDay + 1) + 1;

  return { left: remaining, remaining, total };
}
