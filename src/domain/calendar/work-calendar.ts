import { ReglamentError } from '../shared/errors.js';
import type { IsoDate } from '../shared/time.js';
import { epochDayOf, firstDayOfYear, isoDateOf } from './dates.js';
import { buildDayTable, type DayTable } from './day-table.js';
import { assertKindFitsWeekday, isDayOffKind, sameEntry, validateEntry } from './entries.js';
import type { CalendarEntry, CalendarYearInfo } from './types.js';

export interface WorkCalendarInput {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly entries: readonly CalendarEntry[];
  /** Status and notes per year; years not listed count as confirmed without notes. */
  readonly years?: readonly CalendarYearInfo[];
}

/** The widest span a calendar may cover; far beyond any year with data, but it stops typos. */
const YEAR_MIN = 1990;
const YEAR_MAX = 2100;

/**
 * The official working calendar of a span of whole years: which dates are working days and
 * which act made each exception. Immutable; corrections give a new calendar.
 *
 * @example
 *   const calendar = WorkCalendar.create({ firstYear: 2024, lastYear: 2024, entries });
 *   calendar.isWorkingDay('2024-06-17'); // true: the announced day off was cancelled
 */
export class WorkCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  /** Per-day arrays for the arithmetic in this folder; treat as read-only. */
  readonly table: DayTable;
  private readonly yearInfos: ReadonlyMap<number, CalendarYearInfo>;

  private constructor(
    span: YearSpan,
    years: readonly CalendarYearInfo[],
    byIndex: ReadonlyMap<number, CalendarEntry>,
  ) {
    const firstEpochDay = firstDayOfYear(span.firstYear);
    const dayCount = firstDayOfYear(span.lastYear + 1) - firstEpochDay;

    this.firstYear = span.firstYear;
    this.lastYear = span.lastYear;
    this.table = buildDayTable(firstEpochDay, dayCount, byIndex);
    this.yearInfos = new Map(years.map((y) => [y.year, y]));
  }

  /**
   * Builds a calendar, checking every entry; a date holds at most one entry.
   *
   * @example WorkCalendar.create({ firstYear: 2027, lastYear: 2027, entries: [newYear] });
   * @throws ReglamentError CALENDAR_ENTRY_INVALID for a malformed entry or year span,
   *   CALENDAR_OUT_OF_RANGE for an entry outside the years, CALENDAR_CONFLICT for two entries on
   *   one date or a kind that does not fit its day of the week
   */
  static create(input: WorkCalendarInput): WorkCalendar {
    assertYearSpan(input.firstYear, input.lastYear);

    const span = { firstYear: input.firstYear, lastYear: input.lastYear };
    const byIndex = new Map<number, CalendarEntry>();

    for (const raw of input.entries) {
      const entry = validateEntry(raw);
      const index = dayIndexIn(span, entry.date);

      assertKindFitsWeekday(entry);
      assertFree(byIndex.get(index), entry);
      byIndex.set(index, entry);
    }

    for (const info of input.years ?? []) dayIndexIn(span, `${info.year}-01-01`);

    return new WorkCalendar(span, input.years ?? [], byIndex);
  }

  /** @example calendar.firstDate; // '2015-01-01' */
  get firstDate(): IsoDate {
    return `${this.firstYear}-01-01`;
  }

  get lastDate(): IsoDate {
    return `${this.lastYear}-12-31`;
  }

  /** Whether the date is a real date inside the covered years. */
  covers(date: IsoDate): boolean {
    const day = epochDayOf(date);

    return day !== undefined && this.coversIndex(day - this.table.firstEpochDay);
  }

  /**
   * @example calendar.isWorkingDay('2020-01-05'); // true: a working Sunday by decree
   * @throws ReglamentError CALENDAR_OUT_OF_RANGE outside the covered years
   */
  isWorkingDay(date: IsoDate): boolean {
    return this.table.working[this.indexOf(date)] === 1;
  }

  /** The act that made the date an exception, if any. */
  entryOn(date: IsoDate): CalendarEntry | undefined {
    return this.table.entries[this.indexOf(date)];
  }

  /** Every entry in date order. */
  entries(): readonly CalendarEntry[] {
    return this.table.entries.filter((e): e is CalendarEntry => e !== undefined);
  }

  /** The status and notes of one covered year. */
  yearInfo(year: number): CalendarYearInfo {
    if (!Number.isInteger(year) || year < this.firstYear || year > this.lastYear) {
      throw this.outOfRange(String(year));
    }

    return this.yearInfos.get(year) ?? { year, status: 'confirmed', notes: [] };
  }

  /**
   * A calendar with one more entry, or with the entry of that date corrected.
   *
   * A date holds at most one entry. A new entry on a date that already has one replaces it
   * only when both have the same effect (day off for day off, working for working): that is a
   * correction of the kind, name or act. An entry with the opposite effect is a conflict, so a
   * day cannot turn from off to working by accident; remove the old entry first with
   * `withoutEntry` when an act really reverses a day (as on 2024-06-17). Adding an entry equal
   * to the existing one returns this calendar.
   *
   * @example calendar.withEntry({ date: '2027-05-17', kind: 'holiday-day-off', name, source });
   * @throws ReglamentError CALENDAR_ENTRY_INVALID, CALENDAR_OUT_OF_RANGE or CALENDAR_CONFLICT
   */
  withEntry(value: CalendarEntry): WorkCalendar {
    const entry = validateEntry(value);
    const index = this.indexOf(entry.date);
    const existing = this.table.entries[index];

    assertKindFitsWeekday(entry);

    if (existing !== undefined && sameEntry(existing, entry)) return this;

    if (existing !== undefined && isDayOffKind(existing.kind) !== isDayOffKind(entry.kind)) {
      throw conflictWith(existing, entry, 'the date already has an entry with the opposite effect');
    }

    return this.rebuild(index, entry);
  }

  /**
   * A calendar without the entry of that date, which then follows the weekend rule. Removing
   * from a date that has no entry returns this calendar, so a repeated removal is harmless.
   *
   * @example calendar.withoutEntry('2024-06-17');
   * @throws ReglamentError CALENDAR_OUT_OF_RANGE outside the covered years
   */
  withoutEntry(date: IsoDate): WorkCalendar {
    const index = this.indexOf(date);

    if (this.table.entries[index] === undefined) return this;

    return this.rebuild(index, undefined);
  }

  /** Whether a day index lies inside the table. */
  coversIndex(index: number): boolean {
    return index >= 0 && index < this.table.dayCount;
  }

  /** The ISO date of a day index. */
  dateOfIndex(index: number): IsoDate {
    return isoDateOf(this.table.firstEpochDay + index);
  }

  /**
   * The day index of a date.
   *
   * @throws ReglamentError CALENDAR_ENTRY_INVALID for a malformed date, CALENDAR_OUT_OF_RANGE
   *   outside the covered years
   */
  indexOf(date: IsoDate): number {
    return dayIndexIn(this, date);
  }

  /** The error for a day outside the covered years, naming them. */
  outOfRange(date: string): ReglamentError {
    return outOfRangeError(this, date);
  }

  private rebuild(index: number, entry: CalendarEntry | undefined): WorkCalendar {
    const byIndex = new Map<number, CalendarEntry>();

    this.table.entries.forEach((e, i) => {
      if (e !== undefined && i !== index) byIndex.set(i, e);
    });

    if (entry !== undefined) byIndex.set(index, entry);

    return new WorkCalendar(this, [...this.yearInfos.values()], byIndex);
  }
}

interface YearSpan {
  readonly firstYear: number;
  readonly lastYear: number;
}

function assertYearSpan(firstYear: number, lastYear: number): void {
  const valid =
    Number.isInteger(firstYear) &&
    Number.isInteger(lastYear) &&
    firstYear >= YEAR_MIN &&
    lastYear <= YEAR_MAX &&
    firstYear <= lastYear;

  if (!valid) {
    throw new ReglamentError('CALENDAR_ENTRY_INVALID', {
      field: 'years',
      firstYear: String(firstYear),
      lastYear: String(lastYear),
    });
  }
}

function dayIndexIn(span: YearSpan, date: string): number {
  const day = epochDayOf(date);

  if (day === undefined) {
    throw new ReglamentError('CALENDAR_ENTRY_INVALID', { field: 'date', date });
  }

  const index = day - firstDayOfYear(span.firstYear);

  if (index < 0 || day >= firstDayOfYear(span.lastYear + 1)) throw outOfRangeError(span, date);

  return index;
}

function outOfRangeError(span: YearSpan, date: string): ReglamentError {
  return new ReglamentError('CALENDAR_OUT_OF_RANGE', {
    date,
    firstYear: span.firstYear,
    lastYear: span.lastYear,
    covered: `${span.firstYear}-01-01..${span.lastYear}-12-31`,
  });
}

function assertFree(existing: CalendarEntry | undefined, entry: CalendarEntry): void {
  if (existing !== undefined) throw conflictWith(existing, entry, 'two entries for one date');
}

function conflictWith(
  existing: CalendarEntry,
  entry: CalendarEntry,
  reason: string,
): ReglamentError {
  return new ReglamentError('CALENDAR_CONFLICT', {
    date: entry.date,
    kind: entry.kind,
    existingKind: existing.kind,
    reason,
  });
}
