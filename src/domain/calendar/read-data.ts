import { ReglamentError } from '../shared/errors.js';
import { Reader } from '../shared/reader.js';
import { readCalendarEntry, readLegalSource } from './entries.js';
import type { CalendarEntry, CalendarYearInfo, HolidayRule, HolidayRuleSet } from './types.js';
import { WorkCalendar } from './work-calendar.js';

/**
 * Reads the calendar's data files from already-parsed JSON. The reading is pure, so the same
 * checks serve the file loader, an administrator's upload and the tests.
 */

/** One year file: its status and notes, and its entries. */
export interface YearData {
  readonly info: CalendarYearInfo;
  readonly entries: readonly CalendarEntry[];
}

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * @example readYearData(JSON.parse(text), 2024).entries.length; // 24
 * @throws ReglamentError CALENDAR_ENTRY_INVALID listing every problem, including entries dated
 *   in another year
 */
export function readYearData(json: unknown, year: number): YearData {
  const r = new Reader();
  const o = r.object(json, 'file');

  if (o.year !== year) r.fail('year', `must be ${year}, the year in the file name`);

  const status = r.oneOf(o.status, 'status', ['confirmed', 'provisional'] as const);
  const notes = r.array(o.notes ?? [], 'notes').map((n, i) => r.string(n, `notes[${i}]`));
  const entries = r
    .array(o.entries, 'entries')
    .map((e, i) => readCalendarEntry(r, e, `entries[${i}]`));

  entries.forEach((e, i) => {
    if (!e.date.startsWith(`${year}-`)) r.fail(`entries[${i}].date`, `must be in ${year}`);
  });

  throwProblems(r, `${year}.json`);

  return { info: { year, status, notes }, entries };
}

/**
 * @example readHolidayRules(JSON.parse(text)).holidays.map((h) => h.id); // ['new-year', …]
 * @throws ReglamentError CALENDAR_ENTRY_INVALID listing every problem
 */
export function readHolidayRules(json: unknown): HolidayRuleSet {
  const r = new Reader();
  const o = r.object(json, 'rules');
  const substitute = r.object(o.substituteRule, 'substituteRule');
  const substituteSource = readLegalSource(r, substitute.source, 'substituteRule.source');
  const holidays = r.array(o.holidays, 'holidays').map((h, i) => readRule(r, h, `holidays[${i}]`));

  throwProblems(r, 'rules.json');

  return { substituteSource, holidays };
}

function readRule(r: Reader, value: unknown, path: string): HolidayRule {
  const o = r.object(value, path);
  const movable = r.boolean(o.movable, `${path}.movable`);
  const days = r.array(o.days, `${path}.days`).map((d, i) => monthDay(r, d, `${path}.days[${i}]`));

  if (movable === days.length > 0) r.fail(`${path}.days`, 'must be empty exactly when movable');

  return {
    id: r.string(o.id, `${path}.id`),
    name: r.localized(o.name, `${path}.name`),
    days,
    movable,
    substitute: r.boolean(o.substitute, `${path}.substitute`),
    source: readLegalSource(r, o.source, `${path}.source`),
    evidence: r
      .array(o.evidence ?? [], `${path}.evidence`)
      .map((e, i) => r.string(e, `${path}.evidence[${i}]`)),
    ...optionalRuleFields(r, o, path),
  };
}

function optionalRuleFields(
  r: Reader,
  o: Record<string, unknown>,
  path: string,
): Partial<HolidayRule> {
  const fields: {
    -readonly [K in keyof HolidayRule]?: HolidayRule[K];
  } = {};

  if (o.fromYear !== undefined)
    fields.fromYear = r.integer(o.fromYear, `${path}.fromYear`, 1990, 2100);
  if (o.toYear !== undefined) fields.toYear = r.integer(o.toYear, `${path}.toYear`, 1990, 2100);
  if (o.note !== undefined) fields.note = r.string(o.note, `${path}.note`);

  if (o.renamed !== undefined) {
    const renamed = r.object(o.renamed, `${path}.renamed`);

    fields.renamed = {
      fromYear: r.integer(renamed.fromYear, `${path}.renamed.fromYear`, 1990, 2100),
      name: r.localized(renamed.name, `${path}.renamed.name`),
    };
  }

  if (o.previousSource !== undefined) {
    const previous = r.object(o.previousSource, `${path}.previousSource`);

    fields.previousSource = {
      untilYear: r.integer(previous.untilYear, `${path}.previousSource.untilYear`, 1990, 2100),
      source: readLegalSource(r, previous.source, `${path}.previousSource.source`),
    };
  }

  return fields;
}

function monthDay(r: Reader, value: unknown, path: string): string {
  if (typeof value === 'string' && MONTH_DAY.test(value)) return value;

  r.fail(path, 'must be a day written MM-DD');

  return '01-01';
}

function throwProblems(r: Reader, file: string): void {
  if (r.problems.length === 0) return;

  throw new ReglamentError('CALENDAR_ENTRY_INVALID', {
    file,
    problems: r.problems.map((p) => `${p.path} ${p.problem}`),
  });
}

/**
 * A calendar from year files that must cover a run of consecutive years.
 *
 * @example calendarFromYears([y2024, y2025]).lastYear; // 2025
 * @throws ReglamentError CALENDAR_ENTRY_INVALID when years are missing, repeated or out of
 *   order, and whatever `WorkCalendar.create` throws
 */
export function calendarFromYears(years: readonly YearData[]): WorkCalendar {
  const sorted = [...years].sort((a, b) => a.info.year - b.info.year);
  const first = sorted[0]?.info.year ?? NaN;
  const last = sorted[sorted.length - 1]?.info.year ?? NaN;

  if (sorted.length === 0 || sorted.some((y, i) => y.info.year !== first + i)) {
    throw new ReglamentError('CALENDAR_ENTRY_INVALID', {
      field: 'years',
      years: sorted.map((y) => String(y.info.year)),
      reason: 'the year files must cover consecutive years',
    });
  }

  return WorkCalendar.create({
    firstYear: first,
    lastYear: last,
    entries: sorted.flatMap((y) => y.entries),
    years: sorted.map((y) => y.info),
  });
}
