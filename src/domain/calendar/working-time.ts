import { MS_PER_DAY, type Instant } from '../shared/time.js';
import type { OfficeHours } from './office-hours.js';
import type { WorkCalendar } from './work-calendar.js';

/**
 * The arithmetic under every deadline. A "working position" is the office time, in ms, that
 * has elapsed between the calendar's first day and an instant. It grows only inside office
 * hours of working days, so N working minutes after t is the earliest instant whose position is
 * position(t) + N minutes; both directions are O(1) reads of the calendar's day table.
 */

/** The local day index of an instant, unchecked (may fall outside the table). */
export function dayIndexAt(calendar: WorkCalendar, hours: OfficeHours, at: Instant): number {
  return Math.floor((at + hours.offsetMs) / MS_PER_DAY) - calendar.table.firstEpochDay;
}

/**
 * The local day index of an instant inside the calendar.
 *
 * @throws ReglamentError CALENDAR_OUT_OF_RANGE
 */
export function checkedDayIndexAt(calendar: WorkCalendar, hours: OfficeHours, at: Instant): number {
  const index = dayIndexAt(calendar, hours, at);

  if (!calendar.coversIndex(index)) throw calendar.outOfRange(dateText(calendar, index));

  return index;
}

/** Milliseconds since local midnight of the instant's day. */
export function msOfDayAt(
  calendar: WorkCalendar,
  hours: OfficeHours,
  at: Instant,
  index: number,
): number {
  return at + hours.offsetMs - (calendar.table.firstEpochDay + index) * MS_PER_DAY;
}

/** The instant of a moment (ms since local midnight) of a day index. */
export function instantOf(
  calendar: WorkCalendar,
  hours: OfficeHours,
  index: number,
  msOfDay: number,
): Instant {
  return (calendar.table.firstEpochDay + index) * MS_PER_DAY + msOfDay - hours.offsetMs;
}

/** The closing instant (end of the last office segment) of a day index. */
export function closingOf(calendar: WorkCalendar, hours: OfficeHours, index: number): Instant {
  return instantOf(calendar, hours, index, hours.closeMs);
}

/**
 * Office time elapsed from the calendar's first day up to the instant.
 *
 * @throws ReglamentError CALENDAR_OUT_OF_RANGE
 */
export function positionAt(calendar: WorkCalendar, hours: OfficeHours, at: Instant): number {
  const table = calendar.table;
  const index = checkedDayIndexAt(calendar, hours, at);
  const before = (table.workingBefore[index] ?? 0) * hours.workingMsPerDay;

  if (table.working[index] !== 1) return before;

  return before + hours.workedBefore(msOfDayAt(calendar, hours, at, index));
}

/**
 * The earliest instant at which the working position reaches `position` (> 0).
 *
 * @throws ReglamentError CALENDAR_OUT_OF_RANGE when that lies after the last covered day
 */
export function instantAtPosition(
  calendar: WorkCalendar,
  hours: OfficeHours,
  position: number,
): Instant {
  const perDay = hours.workingMsPerDay;
  const ordinal = Math.ceil(position / perDay) - 1;
  const index = calendar.table.workingDays[ordinal];

  if (index === undefined || ordinal < 0) throw calendar.outOfRange(afterLast(calendar));

  const moment = hours.momentOfWorked(position - ordinal * perDay);

  return instantOf(calendar, hours, index, moment);
}

/**
 * The day index of the first working day on or after a day index.
 *
 * @throws ReglamentError CALENDAR_OUT_OF_RANGE when there is none inside the calendar
 */
export function workingDayOnOrAfter(calendar: WorkCalendar, index: number): number {
  const table = calendar.table;
  const found = table.workingDays[table.workingBefore[index] ?? table.workingDays.length];

  if (found === undefined) throw calendar.outOfRange(afterLast(calendar));

  return found;
}

/** A date for an error message, also for day indices outside the table. */
export function dateText(calendar: WorkCalendar, index: number): string {
  const epochDay = calendar.table.firstEpochDay + index;

  if (!Number.isFinite(epochDay) || Math.abs(epochDay) > 1e8) return 'not a valid instant';

  return calendar.dateOfIndex(index);
}

function afterLast(calendar: WorkCalendar): string {
  return `after ${calendar.lastDate}`;
}
