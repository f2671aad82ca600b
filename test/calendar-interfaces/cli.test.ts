import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertCalendarEntry } from '../../src/application/calendar/upsert-calendar-entry.js';
import { compose } from '../../src/compose.js';
import { loadConfig } from '../../src/config.js';
import { runCli, transferredDayOff, WORKED_EXAMPLE, WORKED_EXAMPLE_EN } from './support.js';

let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'reglament-cli-'));
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const deadline = (...args: string[]) => runCli('deadline', ...args, '--data-dir', dataDir);
const calendar = (...args: string[]) => runCli('calendar', ...args, '--data-dir', dataDir);

describe('reglament deadline', () => {
  it('prints the due moment with the +05:00 offset as its only line', async () => {
    const run = await deadline('2020-01-03T17:00+05:00', '1', 'working-days');

    expect(run).toEqual({ code: 0, stdout: '2020-01-05T18:30:00+05:00\n', stderr: '' });
  });

  it('prints the due moment first and then how it was counted with --explain', async () => {
    const run = await deadline(
      '2020-01-03T17:00+05:00',
      '1',
      'working-days',
      '--explain',
      '--lang',
      'en',
    );

    expect({ code: run.code, lines: run.stdout.split('\n') }).toEqual({
      code: 0,
      lines: ['2020-01-05T18:30:00+05:00', ...WORKED_EXAMPLE_EN, ''],
    });
  });

  it('explains in Kazakh unless another language is asked for', async () => {
    const run = await deadline('2020-01-03T17:00+05:00', '1', 'working-days', '--explain');

    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      '2020-01-05T18:30:00+05:00',
      'Мерзім: 1 жұмыс күні; басталу уақыты: 2020-01-03 17:00 (жм), Asia/Atyrau UTC+05:00.',
    ]);
  });

  it('answers with the due moment and the whole explanation as JSON with --json', async () => {
    const run = await deadline('2020-01-03T17:00+05:00', '1', 'working-days', '--json');

    expect({ code: run.code, answer: JSON.parse(run.stdout) as unknown }).toEqual({
      code: 0,
      answer: WORKED_EXAMPLE,
    });
  });

  it('accepts a start in another offset and answers in the office offset', async () => {
    const run = await deadline('2020-01-03T12:00Z', '30', 'working-minutes');

    expect(run.stdout).toBe('2020-01-05T09:30:00+05:00\n');
  });

  it("counts on the store's calendar, so an administrator's correction applies", async () => {
    const office = await compose(loadConfig({ dataDir, databaseUrl: '' }, {}), {
      log: pino({ level: 'silent' }),
    });
    const admin = await office.app.store.users.byLogin('admin');
    const before = await deadline('2019-04-11T17:00+05:00', '1', 'working-days');

    await upsertCalendarEntry(office.app, admin!, transferredDayOff('2019-04-12'));
    await office.close();

    const after = await deadline('2019-04-11T17:00+05:00', '1', 'working-days');

    expect([before.stdout, after.stdout]).toEqual([
      '2019-04-12T18:30:00+05:00\n',
      '2019-04-15T18:30:00+05:00\n',
    ]);
  });
});

describe('reglament calendar', () => {
  it("lists the year's days off and working weekend days with their acts as JSON", async () => {
    const run = await calendar('2020', '--json');
    const year = JSON.parse(run.stdout) as {
      year: number;
      status: string;
      notes: string[];
      days: { date: string; kind: string; dayOff: boolean; name: { en: string } }[];
    };

    expect({
      code: run.code,
      year: year.year,
      status: year.status,
      notes: year.notes.length,
      days: year.days.map((d) => `${d.date} ${d.kind} ${d.name.en}`),
      workingByAct: year.days.filter((d) => !d.dayOff).map((d) => d.date),
    }).toEqual({
      code: 0,
      year: 2020,
      status: 'confirmed',
      notes: 4,
      days: [
        '2020-01-01 holiday-day-off New Year',
        '2020-01-02 holiday-day-off New Year',
        '2020-01-03 transferred-day-off Transferred day off',
        '2020-01-05 working-sunday Working day (day off transferred)',
        '2020-01-07 holiday-day-off Orthodox Christmas',
        "2020-03-08 holiday-day-off International Women's Day",
        "2020-03-09 substitute-day-off Day off in place of the holiday: International Women's Day",
        '2020-03-21 holiday-day-off Nauryz Meiramy',
        '2020-03-22 holiday-day-off Nauryz Meiramy',
        '2020-03-23 holiday-day-off Nauryz Meiramy',
        '2020-03-24 substitute-day-off Day off in place of the holiday: Nauryz Meiramy',
        '2020-03-25 substitute-day-off Day off in place of the holiday: Nauryz Meiramy',
        "2020-05-01 holiday-day-off Kazakhstan People's Unity Day",
        '2020-05-07 holiday-day-off Defender of the Fatherland Day',
        '2020-05-08 transferred-day-off Transferred day off',
        '2020-05-09 holiday-day-off Victory Day',
        '2020-05-11 working-weekday Working day (day off transferred)',
        '2020-07-06 holiday-day-off Capital Day',
        '2020-07-31 holiday-day-off Kurban Ait',
        '2020-08-30 holiday-day-off Constitution Day',
        '2020-08-31 substitute-day-off Day off in place of the holiday: Constitution Day',
        "2020-12-01 holiday-day-off First President's Day",
        '2020-12-16 holiday-day-off Independence Day',
        '2020-12-17 holiday-day-off Independence Day',
        '2020-12-18 transferred-day-off Transferred day off',
        '2020-12-20 working-sunday Working day (day off transferred)',
      ],
      workingByAct: ['2020-01-05', '2020-05-11', '2020-12-20'],
    });
  });

  it('prints a table with the year status and each act cited once under it', async () => {
    const run = await calendar('2020', '--lang', 'en');
    const lines = run.stdout.split('\n');

    expect({
      code: run.code,
      title: lines[0],
      header: lines.find((l) => l.startsWith('Date')),
      sunday: lines.find((l) => l.startsWith('2020-01-05')),
      acts: lines.filter((l) => l.startsWith('[')).map((l) => l.slice(0, 24)),
    }).toEqual({
      code: 0,
      title: '2020 (confirmed)',
      header:
        'Date        Day  Kind                             Name                                     Cites',
      sunday:
        '2020-01-05  Sun  working Sunday                   Working day (day off transferred)        [2]',
      acts: [
        '[1] Law of the Republic ',
        '[2] Decree of the Govern',
        '[3] Labour Code of the R',
        '[4] Labour Code of the R',
      ],
    });
  });
});

describe('bad input to the calendar commands', () => {
  /** What is wrong, the command line as typed, and what the message must name; all exit 2. */
  const refusals: [string, string, string][] = [
    [
      'a start without an offset',
      'deadline 2020-01-03T17:00 1 working-days',
      'INSTANT_WITHOUT_OFFSET',
    ],
    ['a start without a time', 'deadline 2020-01-03 1 working-days', 'INSTANT_WITHOUT_OFFSET'],
    [
      'a start on no such day',
      'deadline 2021-02-30T09:00Z 1 working-days',
      'INSTANT_WITHOUT_OFFSET',
    ],
    ['an unknown unit', 'deadline 2020-01-03T17:00Z 1 days', 'LIMIT_UNIT_UNKNOWN'],
    ['a zero amount', 'deadline 2020-01-03T17:00Z 0 working-days', 'LIMIT_AMOUNT_INVALID'],
    ['a negative amount', 'deadline 2020-01-03T17:00Z -1 working-days', 'LIMIT_AMOUNT_INVALID'],
    [
      'a negative amount after --',
      'deadline -- 2020-01-03T17:00Z -1 working-days',
      'LIMIT_AMOUNT_INVALID',
    ],
    ['a fractional amount', 'deadline 2020-01-03T17:00Z 1.5 working-days', 'LIMIT_AMOUNT_INVALID'],
    ['an amount in words', 'deadline 2020-01-03T17:00Z ten working-days', 'LIMIT_AMOUNT_INVALID'],
    ['an absurd amount', 'deadline 2020-01-03T17:00Z 1001 working-days', 'LIMIT_AMOUNT_INVALID'],
    [
      'too few arguments',
      'deadline 2020-01-03T17:00Z 1',
      'expected 3 arguments <start> <amount> <unit>, got 2',
    ],
    ['too many arguments', 'deadline 2020-01-03T17:00Z 1 working-days now', 'got 4'],
    [
      'an unknown language',
      'deadline 2020-01-03T17:00Z 1 working-days --lang de',
      'unknown language "de"',
    ],
    [
      'an unknown flag',
      'deadline 2020-01-03T17:00Z 1 working-days --fast',
      "Unknown option '--fast'",
    ],
    [
      'a start without an offset, in Russian',
      'deadline 2020-01-03T17:00 1 working-days --lang ru',
      'INSTANT_WITHOUT_OFFSET: Время должно быть в формате ISO 8601 со смещением пояса: ' +
        '2020-01-03T17:00\n',
    ],
    [
      'an unknown unit, in English',
      'deadline 2020-01-03T17:00Z 1 days --lang en',
      'LIMIT_UNIT_UNKNOWN: Unknown unit of time limit: days\n',
    ],
    ['a year in two digits', 'calendar 20', 'the year must be four digits, got "20"'],
    ['no year', 'calendar', 'expected 1 argument <year>, got 0'],
    ['two years', 'calendar 2020 2021', 'expected 1 argument <year>, got 2'],
  ];

  it.each(refusals)(
    'refuses %s as bad usage before opening the store',
    async (_name, args, names) => {
      const untouched = join(dataDir, 'never-created');
      const [command = '', ...rest] = args.split(' ');
      const run = await runCli(command, '--data-dir', untouched, ...rest);

      expect({
        code: run.code,
        stdout: run.stdout,
        names: run.stderr.includes(names),
        usage: run.stderr.includes(`Usage: reglament ${args.split(' ')[0]}`),
        storeCreated: existsSync(untouched),
      }).toEqual({ code: 2, stdout: '', names: true, usage: true, storeCreated: false });
    },
  );

  const outside: [string, string][] = [
    ['a start after the calendar', 'deadline 2031-01-06T09:00+05:00 1 working-days'],
    ['a start before the calendar', 'deadline 2014-12-31T09:00+05:00 1 working-days'],
    ['a term that runs past the calendar', 'deadline 2027-12-30T17:00+05:00 10 working-days'],
    ['a year the calendar does not cover', 'calendar 2031'],
  ];

  it.each(outside)(
    'fails on %s with CALENDAR_OUT_OF_RANGE naming the covered years',
    async (_name, args) => {
      const run = await runCli(...args.split(' '), '--data-dir', dataDir);

      expect({
        code: run.code,
        stdout: run.stdout,
        names: /CALENDAR_OUT_OF_RANGE: .*\(2015–2027\)/.test(run.stderr),
      }).toEqual({ code: 1, stdout: '', names: true });
    },
  );
});
