import type { Localized } from '../shared/text.js';
import type { IsoDate } from '../shared/time.js';

/**
 * What an act did to one date. The `*-day-off` kinds make a date a day off; the `working-*`
 * kinds make it a working day. Dates without an entry follow the weekend rule (Saturday and
 * Sunday off, Monday to Friday working).
 */
export type CalendarEntryKind =
  | 'holiday-day-off'
  | 'substitute-day-off'
  | 'transferred-day-off'
  | 'working-saturday'
  | 'working-sunday'
  | 'working-weekday';

export const CALENDAR_ENTRY_KINDS: readonly CalendarEntryKind[] = [
  'holiday-day-off',
  'substitute-day-off',
  'transferred-day-off',
  'working-saturday',
  'working-sunday',
  'working-weekday',
];

export type LegalSourceKind = 'law' | 'code' | 'decree' | 'order' | 'announcement';

export const LEGAL_SOURCE_KINDS: readonly LegalSourceKind[] = [
  'law',
  'code',
  'decree',
  'order',
  'announcement',
];

/** The act an entry rests on: "Law No. 267-II, art. 5", a transfer decree, a ministry notice. */
export interface LegalSource {
  readonly kind: LegalSourceKind;
  /** The act's title in English, the form the research notes cite it in. */
  readonly title: string;
  /** The act's title in each interface language (Kazakh and Russian as the acts name them). */
  readonly titles?: Localized;
  /** Article, number and date, or the adilet.zan.kz document code, in English. */
  readonly reference?: string;
  /** The same reference in each interface language, dates and articles as each writes them. */
  readonly references?: Localized;
  readonly url?: string;
}

/** One date of the working calendar with the act that made it what it is. */
export interface CalendarEntry {
  readonly date: IsoDate;
  readonly kind: CalendarEntryKind;
  readonly name: Localized;
  readonly source: LegalSource;
  readonly note?: string;
}

/**
 * How settled a year's data is. `provisional` years may still get transfers or a movable feast
 * fixed during the year; their notes say what is missing.
 */
export type CalendarYearStatus = 'confirmed' | 'provisional';

export interface CalendarYearInfo {
  readonly year: number;
  readonly status: CalendarYearStatus;
  readonly notes: readonly string[];
}

/** A holiday as the law lists it: the input to the statutory substitute rule. */
export interface HolidayRule {
  readonly id: string;
  readonly name: Localized;
  /** A later official name, from a year on (25 October was renamed in 2026). */
  readonly renamed?: { readonly fromYear: number; readonly name: Localized };
  /** `MM-DD` days for fixed holidays; empty for a movable feast whose dates the year files hold. */
  readonly days: readonly string[];
  readonly movable: boolean;
  /** First and last year the holiday is a day off; absent means "earlier" / "still in force". */
  readonly fromYear?: number;
  readonly toYear?: number;
  /** Whether a holiday falling on Saturday or Sunday gives a substitute day off. */
  readonly substitute: boolean;
  readonly source: LegalSource;
  /** The basis that applied up to and including `untilYear`, when it differs. */
  readonly previousSource?: { readonly untilYear: number; readonly source: LegalSource };
  /** Further public reports that confirm the rule, as listed in the research notes. */
  readonly evidence: readonly string[];
  readonly note?: string;
}

/** The holiday list and the act behind the statutory substitute rule. */
export interface HolidayRuleSet {
  readonly substituteSource: LegalSource;
  readonly holidays: readonly HolidayRule[];
}

/** One stretch of office time within a local day, as `HH:MM` text. */
export interface OfficeSegmentDefinition {
  readonly start: string;
  readonly end: string;
}

/**
 * A provider's office hours. The zone is named for display; arithmetic uses the fixed UTC
 * offset, which is exact for Asia/Atyrau (UTC+5 without daylight saving since 2004).
 */
export interface OfficeHoursDefinition {
  readonly zone: string;
  readonly utcOffsetMinutes: number;
  readonly segments: readonly OfficeSegmentDefinition[];
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
