import { readFileSync } from 'node:fs';
import {
  loadHolidayRules,
  loadWorkCalendar,
  loadYearData,
} from '../../src/adapters/calendar-files.js';
import {
  DEFAULT_OFFICE_HOURS,
  formatInstant,
  parseInstant,
  type HolidayRuleSet,
  type WorkCalendar,
  type YearData,
} from '../../src/domain/calendar/index.js';
import {
  ReglamentError,
  type ErrorCode,
  type ErrorDetails,
} from '../../src/domain/shared/errors.js';
import type { Instant, Limit, LimitUnit } from '../../src/domain/shared/time.js';

/** The shipped Kazakhstan data, loaded once per test file. */
export const calendar: WorkCalendar = await loadWorkCalendar();
export const years: readonly YearData[] = await loadYearData();
export const rules: HolidayRuleSet = await loadHolidayRules();
export const hours = DEFAULT_OFFICE_HOURS;

/** An instant from ISO text with an offset: `at('2024-06-14T17:00+05:00')`. */
export function at(iso: string): Instant {
  return parseInstant(iso);
}

/** An instant as Atyrau local ISO text with the offset, for whole-value asserts. */
export function local(instant: Instant): string {
  return formatInstant(instant, hours);
}

export function limit(amount: number, unit: LimitUnit): Limit {
  return { amount, unit };
}

/** The code and details of the coded error a call throws; fails the test when it does not. */
export function caught(run: () => unknown): { code: ErrorCode; details: ErrorDetails } {
  try {
    run();
  } catch (error: unknown) {
    if (error instanceof ReglamentError) return { code: error.code, details: error.details };

    throw error;
  }

  throw new Error('expected a ReglamentError, but the call returned');
}

export interface TableRow {
  readonly year: number;
  readonly date: string;
  readonly dow: string;
  readonly kind: string;
  readonly note: string;
}

/** The fact table of calendar-kz.md §7, kept as a fixture; `#` lines are its source note. */
export function readFixtureTable(): TableRow[] {
  const text = readFileSync(new URL('./fixtures/kz-2015-2027.csv', import.meta.url), 'utf8');
  const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));

  return lines.slice(1).map((line) => {
    const match = /^(\d{4}),(\d{4}-\d{2}-\d{2}),(\w{3}),([a-z-]+),"(.*)"$/.exec(line);

    if (match === null) throw new Error(`unreadable fixture line: ${line}`);

    const [, year = '', date = '', dow = '', kind = '', note = ''] = match;

    return { year: Number(year), date, dow, kind, note };
  });
}
