import { access, readdir, readFile } from 'node:fs/promises';
import {
  calendarFromYears,
  readHolidayRules,
  readYearData,
  type HolidayRuleSet,
  type WorkCalendar,
  type YearData,
} from '../domain/calendar/index.js';
import { ReglamentError } from '../domain/shared/errors.js';

/**
 * Loads the Kazakhstan calendar data (`data/calendar/kz`: one `<year>.json` per year and
 * `rules.json`). The repository keeps `data/` at its root while code runs from `src/adapters`
 * (tsx, vitest) or from `dist/server/adapters` (compiled), one level deeper; so the folder is
 * looked up from both places rather than fixed by a relative path that fits only one of them.
 */
const CANDIDATE_DIRS = ['../../data/calendar/kz/', '../../../data/calendar/kz/'];

const YEAR_FILE = /^(\d{4})\.json$/;

/**
 * The data folder for this installation.
 *
 * @example (await kzCalendarDir()).pathname; // '/work/main/data/calendar/kz/'
 * @throws ReglamentError INTERNAL when no candidate folder holds `rules.json`
 */
export async function kzCalendarDir(): Promise<URL> {
  for (const candidate of CANDIDATE_DIRS) {
    const dir = new URL(candidate, import.meta.url);

    if (await exists(new URL('rules.json', dir))) return dir;
  }

  throw new ReglamentError('INTERNAL', { reason: 'calendar data folder not found' });
}

/**
 * Reads every `<year>.json` of the folder into a calendar covering those years.
 *
 * @example const calendar = await loadWorkCalendar(); calendar.firstYear; // 2015
 * @throws ReglamentError CALENDAR_ENTRY_INVALID naming the file for unreadable or invalid data,
 *   and the codes of `WorkCalendar.create`
 */
export async function loadWorkCalendar(dir?: URL): Promise<WorkCalendar> {
  return calendarFromYears(await loadYearData(dir));
}

/** The year files of the folder, read and checked but not yet combined. */
export async function loadYearData(dir?: URL): Promise<YearData[]> {
  const folder = dir ?? (await kzCalendarDir());
  const names = (await readdir(folder)).filter((name) => YEAR_FILE.test(name)).sort();

  return Promise.all(
    names.map(async (name) => {
      const year = Number(name.slice(0, 4));

      return readYearData(await readJson(new URL(name, folder)), year);
    }),
  );
}

/** The holiday rules of `rules.json`. */
export async function loadHolidayRules(dir?: URL): Promise<HolidayRuleSet> {
  const folder = dir ?? (await kzCalendarDir());

  return readHolidayRules(await readJson(new URL('rules.json', folder)));
}

async function readJson(file: URL): Promise<unknown> {
  const text = await readFile(file, 'utf8');

  try {
    return JSON.parse(text) as unknown;
  } catch (error: unknown) {
    throw new ReglamentError('CALENDAR_ENTRY_INVALID', {
      file: file.pathname,
      problems: [error instanceof Error ? error.message : 'not JSON'],
    });
  }
}

async function exists(file: URL): Promise<boolean> {
  try {
    await access(file);

    return true;
  } catch {
    return false;
  }
}
