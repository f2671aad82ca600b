import { MS_PER_MINUTE, type Instant, type Limit } from '../shared/time.js';
import { assertLimit } from './limit.js';
import type { OfficeHours } from './office-hours.js';
import type { WorkCalendar } from './work-calendar.js';
import {
  checkedDayIndexAt,
  closingOf,
  dateText,
  instantAtPosition,
  positionAt,
  workingDayOnOrAfter,
} from './working-time.js';

/**
 * The instant a statutory limit runs out, counted from `from` on the working calendar.
 *
 * - Working minutes count only office time of working days; the deadline is the instant the
 *   last minute elapses (13:00 rather than 14:30 when it runs out at the lunch break), and the
 *   start keeps its seconds.
 * - Working days start on the day after `from`'s local date (Civil Code) and end at closing
 *   time of the N-th working day after it.
 * - Calendar days end at closing time of the N-th day after `from`'s local date, moved to the
 *   next working day when that day is not one.
 *
 * @example
 *   // Friday 2024-06-14 17:00 in Atyrau, 1 working day: Sat, Sun off; Mon 17 Jun is working
 *   deadline(calendar, DEFAULT_OFFICE_HOURS, Date.parse('2024-06-14T17:00+05:00'),
 *     { amount: 1, unit: 'working-days' }); // 2024-06-17T18:30+05:00
 * @throws ReglamentError LIMIT_UNIT_UNKNOWN, LIMIT_AMOUNT_INVALID, or CALENDAR_OUT_OF_RANGE when
 *   the start or the deadline lies outside the calendar's years
 */
export function deadline(
  calendar: WorkCalendar,
  hours: OfficeHours,
  from: Instant,
  limit: Limit,
): Instant {
  assertLimit(limit);

  switch (limit.unit) {
    case 'working-minutes':
      return addWorkingMinutes(calendar, hours, from, limit.amount);
    case 'working-days':
      return addWorkingDays(calendar, hours, from, limit.amount);
    case 'calendar-days':
      return addCalendarDays(calendar, hours, from, limit.amount);
  }
}

/** Unchecked amount: callers validate the limit first. */
export function addWorkingMinutes(
  calendar: WorkCalendar,
  hours: OfficeHours,
  from: Instant,
  minutes: number,
): Instant {
  const position = positionAt(calendar, hours, from) + minutes * MS_PER_MINUTE;

  return instantAtPosition(calendar, hours, position);
}

/** The day index of the N-th working day after `from`'s local date; amount unchecked. */
export function workingDaysEndIndex(
  calendar: WorkCalendar,
  hours: OfficeHours,
  from: Instant,
  days: number,
): number {
  const table = calendar.table;
  const startIndex = checkedDayIndexAt(calendar, hours, from);
  const ordinal = (table.workingBefore[startIndex + 1] ?? 0) + days - 1;
  const endIndex = table.workingDays[ordinal];

  if (endIndex === undefined) throw calendar.outOfRange(`after ${calendar.lastDate}`);

  return endIndex;
}

export function addWorkingDays(
  calendar: WorkCalendar,
  hours: OfficeHours,
  from: Instant,
  days: number,
): Instant {
  return closingOf(calendar, hours, workingDaysEndIndex(calendar, hours, from, days));
}

/** The day index of the N-th calendar day after `from`'s local date, before any move. */
export function calendarDaysNominalIndex(
  calendar: WorkCalendar,
  hours: OfficeHours,
  from: Instant,
  days: number,
): number {
  const nominalIndex = checkedDayIndexAt(calendar, hours, from) + days;

  if (!calendar.coversIndex(nominalIndex))
    throw calendar.outOfRange(dateText(calendar, nominalIndex));

  return nominalIndex;
}

export function addCalendarDays(
  calendar: WorkCalendar,
  hours: OfficeHours,
  from: Instant,
  days: number,
): Instant {
  const nominalIndex = calendarDaysNominalIndex(calendar, hours, from, days);

  return closingOf(calendar, hours, workingDayOnOrAfter(calendar, nominalIndex));
}
