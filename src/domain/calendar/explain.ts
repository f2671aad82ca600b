import type { Instant, IsoDate, Limit, LimitUnit } from '../shared/time.js';
import { weekdayOf, yearOf } from './dates.js';
import { calendarDaysNominalIndex, deadline } from './deadline.js';
import { localMomentOf, type LocalMoment } from './local-time.js';
import type { OfficeHours } from './office-hours.js';
import type { CalendarEntry, OfficeHoursDefinition, Weekday } from './types.js';
import type { WorkCalendar } from './work-calendar.js';
import { dayIndexAt, instantOf, msOfDayAt } from './working-time.js';

/**
 * Where counting began: the day after the start date (day terms, Civil Code), at the start
 * itself (inside office hours), or at the next opening of the office.
 */
export type CountingStart = 'day-after-start' | 'at-start' | 'next-opening';

/** Why a day of the span matters: it was off, or it was a weekend or weekday worked by act. */
export type SpanDayReason = 'weekend' | 'day-off' | 'working-by-act';

/** A day the count skipped, or a day an act made working that the count used. */
export interface SpanDay {
  readonly date: IsoDate;
  readonly weekday: Weekday;
  readonly effect: 'skipped' | 'counted';
  readonly reason: SpanDayReason;
  /** The act behind it; absent for an ordinary weekend. */
  readonly entry?: CalendarEntry;
}

/**
 * A deadline with its reasons, as plain JSON. `days` lists, in date order:
 * - working minutes and working days: every day off and weekend inside the counted span
 *   (skipped) and every day an act made working (counted);
 * - calendar days: the days the end moved over because they were not working days, and the
 *   end day when an act made it working. Days off inside the span count as calendar days and
 *   are not listed.
 */
export interface DeadlineExplanation {
  readonly rule: {
    readonly unit: LimitUnit;
    readonly amount: number;
    readonly officeHours: OfficeHoursDefinition;
  };
  readonly start: LocalMoment;
  readonly countingStarts: {
    readonly date: IsoDate;
    readonly weekday: Weekday;
    /** The moment counting began, for working minutes; null for day terms. */
    readonly time: string | null;
    readonly why: CountingStart;
  };
  readonly due: LocalMoment;
  readonly days: readonly SpanDay[];
  /** Calendar days only: the nominal last day when it was not a working day, and why not. */
  readonly endMoved: {
    readonly from: IsoDate;
    readonly fromWeekday: Weekday;
    readonly reason: 'weekend' | 'day-off';
    readonly to: IsoDate;
  } | null;
  /** Years touched by the span whose calendar data may still change. */
  readonly provisionalYears: readonly number[];
}

/**
 * Computes a deadline and says how: the rule, where counting began, each day skipped or
 * counted by act, and whether the end moved.
 *
 * @example
 *   const e = explainDeadline(calendar, DEFAULT_OFFICE_HOURS,
 *     Date.parse('2024-06-14T17:00+05:00'), { amount: 1, unit: 'working-days' });
 *   e.days.map((d) => d.date); // ['2024-06-15', '2024-06-16', '2024-06-17']
 * @throws ReglamentError as `deadline` does
 */
export function explainDeadline(
  calendar: WorkCalendar,
  hours: OfficeHours,
  from: Instant,
  limit: Limit,
): DeadlineExplanation {
  const due = deadline(calendar, hours, from, limit);
  const startIndex = dayIndexAt(calendar, hours, from);
  const dueIndex = dayIndexAt(calendar, hours, due);
  const counting = countingStart(calendar, hours, from, limit.unit);
  const span = spanOf(calendar, hours, from, limit, counting, dueIndex);

  return {
    rule: { unit: limit.unit, amount: limit.amount, officeHours: hours.toDefinition() },
    start: localMomentOf(from, hours),
    countingStarts: counting.view,
    due: localMomentOf(due, hours),
    days: spanDays(calendar, span.firstIndex, dueIndex),
    endMoved: span.moved,
    provisionalYears: provisionalYears(calendar, startIndex, dueIndex),
  };
}

interface Counting {
  readonly index: number;
  readonly view: DeadlineExplanation['countingStarts'];
}

function countingStart(
  calendar: WorkCalendar,
  hours: OfficeHours,
  from: Instant,
  unit: LimitUnit,
): Counting {
  const index = dayIndexAt(calendar, hours, from);

  if (unit !== 'working-minutes') return dayView(calendar, index + 1, null, 'day-after-start');

  const msOfDay = msOfDayAt(calendar, hours, from, index);
  const resume = calendar.table.working[index] === 1 ? hours.resumeAt(msOfDay) : undefined;

  if (resume === msOfDay)
    return dayView(calendar, index, localMomentOf(from, hours).time, 'at-start');

  const openIndex = resume === undefined ? nextWorkingIndex(calendar, index) : index;
  const openAt = instantOf(calendar, hours, openIndex, resume ?? hours.openMs);

  return dayView(calendar, openIndex, localMomentOf(openAt, hours).time, 'next-opening');
}

function dayView(
  calendar: WorkCalendar,
  index: number,
  time: string | null,
  why: CountingStart,
): Counting {
  const date = calendar.dateOfIndex(index);

  return {
    index,
    view: { date, weekday: weekdayOf(calendar.table.firstEpochDay + index), time, why },
  };
}

/** The first working day strictly after a day index; the deadline exists, so one does. */
function nextWorkingIndex(calendar: WorkCalendar, index: number): number {
  const table = calendar.table;

  return table.workingDays[table.workingBefore[index + 1] ?? 0] ?? index + 1;
}

interface Span {
  readonly firstIndex: number;
  readonly moved: DeadlineExplanation['endMoved'];
}

function spanOf(
  calendar: WorkCalendar,
  hours: OfficeHours,
  from: Instant,
  limit: Limit,
  counting: Counting,
  dueIndex: number,
): Span {
  if (limit.unit === 'working-minutes') {
    // A start on a day off is part of the story: the days until counting began were skipped.
    return { firstIndex: dayIndexAt(calendar, hours, from), moved: null };
  }

  if (limit.unit === 'working-days') return { firstIndex: counting.index, moved: null };

  const nominal = calendarDaysNominalIndex(calendar, hours, from, limit.amount);

  if (nominal === dueIndex) return { firstIndex: nominal, moved: null };

  const moved: Span['moved'] = {
    from: calendar.dateOfIndex(nominal),
    fromWeekday: weekdayOf(calendar.table.firstEpochDay + nominal),
    reason: calendar.table.entries[nominal] === undefined ? 'weekend' : 'day-off',
    to: calendar.dateOfIndex(dueIndex),
  };

  return { firstIndex: nominal, moved };
}

function spanDays(calendar: WorkCalendar, firstIndex: number, lastIndex: number): SpanDay[] {
  const days: SpanDay[] = [];

  for (let i = firstIndex; i <= lastIndex; i++) {
    const day = spanDay(calendar, i);

    if (day !== undefined) days.push(day);
  }

  return days;
}

function spanDay(calendar: WorkCalendar, index: number): SpanDay | undefined {
  const entry = calendar.table.entries[index];
  const working = calendar.table.working[index] === 1;

  if (working && entry === undefined) return undefined;

  const date = calendar.dateOfIndex(index);
  const weekday = weekdayOf(calendar.table.firstEpochDay + index);

  if (entry === undefined) return { date, weekday, effect: 'skipped', reason: 'weekend' };

  if (working) return { date, weekday, effect: 'counted', reason: 'working-by-act', entry };

  return { date, weekday, effect: 'skipped', reason: 'day-off', entry };
}

function provisionalYears(calendar: WorkCalendar, firstIndex: number, lastIndex: number): number[] {
  const first = yearOf(calendar.table.firstEpochDay + firstIndex);
  const last = yearOf(calendar.table.firstEpochDay + lastIndex);
  const years: number[] = [];

  for (let year = first; year <= last; year++) {
    if (calendar.yearInfo(year).status === 'provisional') years.push(year);
  }

  return years;
}
