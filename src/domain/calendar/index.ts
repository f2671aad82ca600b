/**
 * The Kazakhstan working calendar and statutory deadlines: pure functions over a calendar of
 * dated entries, each entry citing its act.
 *
 * @example
 *   const due = deadline(calendar, DEFAULT_OFFICE_HOURS, parseInstant('2024-06-14T17:00+05:00'),
 *     parseLimit('3', 'working-days'));
 *   formatInstant(due, DEFAULT_OFFICE_HOURS); // '2024-06-19T18:30:00+05:00'
 */
export type {
  CalendarEntry,
  CalendarEntryKind,
  CalendarYearInfo,
  CalendarYearStatus,
  HolidayRule,
  HolidayRuleSet,
  LegalSource,
  LegalSourceKind,
  OfficeHoursDefinition,
  OfficeSegmentDefinition,
  Weekday,
} from './types.js';
export { CALENDAR_ENTRY_KINDS, LEGAL_SOURCE_KINDS, WEEKDAYS } from './types.js';
export { WorkCalendar, type WorkCalendarInput } from './work-calendar.js';
export { citeSource, isDayOffKind, sourceTitle, validateEntry } from './entries.js';
export { DEFAULT_OFFICE_HOURS, OfficeHours, type OfficeSegment } from './office-hours.js';
export { LIMIT_MAX, assertLimit } from './limit.js';
export { deadline } from './deadline.js';
export {
  explainDeadline,
  type CountingStart,
  type DeadlineExplanation,
  type SpanDay,
  type SpanDayReason,
} from './explain.js';
export { describeExplanation } from './describe.js';
export {
  DEFAULT_DUE_SOON,
  slaState,
  type DueSoonThreshold,
  type SlaInput,
  type SlaState,
  type SlaStateName,
} from './sla.js';
export { parseInstant, parseLimit, parseLimitAmount, parseLimitUnit } from './parse.js';
export { formatInstant, localMomentOf, type LocalMoment } from './local-time.js';
export {
  holidayName,
  holidaySource,
  statutoryDaysOff,
  substituteName,
  type MovableDates,
} from './rules.js';
export { calendarFromYears, readHolidayRules, readYearData, type YearData } from './read-data.js';
