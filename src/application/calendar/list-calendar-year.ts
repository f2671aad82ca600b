import {
  isDayOffKind,
  type CalendarEntry,
  type CalendarYearInfo,
} from '../../domain/calendar/index.js';
import type { App } from '../context.js';

/** One exception of the year: a day off on a working day, or a day worked by act. */
export interface CalendarDay extends CalendarEntry {
  readonly dayOff: boolean;
}

export interface CalendarYear extends CalendarYearInfo {
  /** The days an act made off or working, in date order; ordinary weekends are not listed. */
  readonly days: readonly CalendarDay[];
}

/**
 * A year of the current calendar: its status and notes, and every dated exception with its name
 * and the act behind it.
 *
 * @example listCalendarYear(app, 2020).days[2]?.kind; // 'transferred-day-off'
 * @throws ReglamentError CALENDAR_OUT_OF_RANGE for a year the calendar does not cover
 */
export function listCalendarYear(app: App, year: number): CalendarYear {
  const calendar = app.workingTime().calendar;
  const info = calendar.yearInfo(year);

  const days = calendar
    .entries()
    .filter((e) => e.date.startsWith(`${year}-`))
    .map((e) => ({ ...e, dayOff: isDayOffKind(e.kind) }));

  return { ...info, days };
}
