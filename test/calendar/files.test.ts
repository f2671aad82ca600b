import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { kzCalendarDir, loadWorkCalendar } from '../../src/adapters/calendar-files.js';
import { ReglamentError } from '../../src/domain/shared/errors.js';

const made: string[] = [];

/** A scratch data folder holding copies of the given shipped year files. */
async function scratch(yearsToCopy: readonly number[]): Promise<URL> {
  const dir = await mkdtemp(join(tmpdir(), 'reglament-calendar-'));
  const shipped = await kzCalendarDir();

  made.push(dir);

  for (const year of yearsToCopy)
    await copyFile(new URL(`${year}.json`, shipped), join(dir, `${year}.json`));

  return pathToFileURL(`${dir}/`);
}

async function failure(run: Promise<unknown>): Promise<unknown> {
  try {
    await run;
  } catch (error: unknown) {
    if (error instanceof ReglamentError) return { code: error.code, details: error.details };

    throw error;
  }

  throw new Error('expected a ReglamentError');
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('loading the calendar files', () => {
  it('finds the data folder at the repository root from src/adapters', async () => {
    expect(new URL('../../data/calendar/kz/', import.meta.url).href).toBe(
      (await kzCalendarDir()).href,
    );
  });

  it('builds a calendar from whatever consecutive years the folder holds', async () => {
    const c = await loadWorkCalendar(await scratch([2023, 2024]));

    expect([c.firstDate, c.lastDate, c.entries().length]).toEqual(['2023-01-01', '2024-12-31', 40]);
  });

  it('refuses a folder with a missing year in the middle', async () => {
    expect(await failure(loadWorkCalendar(await scratch([2022, 2024])))).toEqual({
      code: 'CALENDAR_ENTRY_INVALID',
      details: {
        field: 'years',
        years: ['2022', '2024'],
        reason: 'the year files must cover consecutive years',
      },
    });
  });

  it('names the file and every problem of a broken year file', async () => {
    const dir = await scratch([]);

    await writeFile(
      new URL('2030.json', dir),
      JSON.stringify({ year: 2031, status: 'draft', entries: [{ date: '2031-01-01' }] }),
    );

    expect(await failure(loadWorkCalendar(dir))).toEqual({
      code: 'CALENDAR_ENTRY_INVALID',
      details: {
        file: '2030.json',
        problems: [
          'year must be 2030, the year in the file name',
          'status must be one of confirmed, provisional',
          'entries[0].kind must be one of holiday-day-off, substitute-day-off, ' +
            'transferred-day-off, working-saturday, working-sunday, working-weekday',
          'entries[0].name must be an object',
          'entries[0].name.kk must be a non-empty text',
          'entries[0].name.ru must be a non-empty text',
          'entries[0].name.en must be a non-empty text',
          'entries[0].source must be an object',
          'entries[0].source.kind must be one of law, code, decree, order, announcement',
          'entries[0].source.title must be a non-empty text',
          'entries[0].date must be in 2030',
        ],
      },
    });
  });

  it('reports a file that is not JSON', async () => {
    const dir = await scratch([]);
    const file = new URL('2030.json', dir);

    await writeFile(file, '{ "year": 2030, ');

    const result = (await failure(loadWorkCalendar(dir))) as {
      code: string;
      details: { file: string };
    };

    expect({ code: result.code, file: result.details.file }).toEqual({
      code: 'CALENDAR_ENTRY_INVALID',
      file: file.pathname,
    });
  });
});
