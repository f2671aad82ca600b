import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComputedDeadline } from '../../src/application/calendar/compute-deadline.js';
import type { CalendarYear } from '../../src/application/calendar/list-calendar-year.js';
import type { EntryRemoved } from '../../src/application/calendar/remove-calendar-entry.js';
import type { EntrySet } from '../../src/application/calendar/upsert-calendar-entry.js';
import type { AuditRecord } from '../../src/application/ports.js';
import type { CalendarEntry } from '../../src/domain/calendar/index.js';
import { at, command, registerCase } from '../support/api-flow.js';
import { DIALECTS, snapshot, startTestApp, type Login, type TestApp } from '../support/app.js';
import { read, transferredDayOff, type ProblemBody } from './support.js';

type Audited = AuditRecord & { readonly before: CalendarEntry | null };

/** The request body of an entry: everything but the date, which the URL carries. */
function bodyOf(entry: CalendarEntry): Omit<CalendarEntry, 'date'> {
  const fields = Object.entries(entry).filter(([key]) => key !== 'date');

  return Object.fromEntries(fields) as Omit<CalendarEntry, 'date'>;
}

/** Status and code of each answer: the code of a problem, or the kind of the entry set. */
function outcomes(answers: readonly { statusCode: number; json: () => unknown }[]) {
  return answers.map((a) => {
    const body = read<Partial<ProblemBody & EntrySet>>(a);

    return [a.statusCode, body.code ?? body.entry?.kind];
  });
}

describe.each(DIALECTS)('administering the calendar over the API on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(dialect);
  });

  afterAll(() => t.close());

  const put = (as: Login | null, date: string, body: object) =>
    t.call(as, { method: 'PUT', url: `/api/v1/admin/calendar/${date}`, payload: body });
  const remove = (as: Login | null, date: string) =>
    t.call(as, { method: 'DELETE', url: `/api/v1/admin/calendar/${date}` });
  const due = async (from: string, amount: number) => {
    const query = `from=${encodeURIComponent(from)}&amount=${amount}&unit=working-days`;

    return read<ComputedDeadline>(
      await t.call(null, { method: 'GET', url: `/api/v1/deadline?${query}` }),
    ).due;
  };
  const newestAudit = async () => {
    const log = await t.call('admin', { method: 'GET', url: '/api/v1/admin/audit-log' });

    return read<{ records: Audited[] }>(log).records[0];
  };

  it('adds a transferred day off that moves later deadlines, and audits it', async () => {
    const entry = transferredDayOff('2019-04-12');
    const before = await due('2019-04-11T17:00+05:00', 1);
    const response = await put('admin', '2019-04-12', bodyOf(entry));
    const after = await due('2019-04-11T17:00+05:00', 1);
    const listed = read<CalendarYear>(
      await t.call(null, { method: 'GET', url: '/api/v1/calendar/2019' }),
    );

    expect({
      status: response.statusCode,
      body: read(response),
      before,
      after,
      listed: listed.days.find((d) => d.date === '2019-04-12'),
      audit: await newestAudit(),
    }).toEqual({
      status: 200,
      body: { entry, previous: null, changed: true },
      before: '2019-04-12T18:30:00+05:00',
      after: '2019-04-15T18:30:00+05:00',
      listed: { ...entry, dayOff: true },
      audit: {
        id: expect.any(Number) as unknown,
        at: t.clock.now(),
        actorId: t.ids.admin,
        action: 'calendar.entry-set',
        subject: '2019-04-12',
        before: null,
        after: entry,
      },
    });
  });

  it('corrects an entry with the same effect, audits both values, ignores a repeat', async () => {
    const previous = transferredDayOff('2019-04-12');
    const corrected = { ...previous, note: 'reference checked against the register' };
    const response = await put('admin', '2019-04-12', bodyOf(corrected));
    const audit = await newestAudit();
    const rows = await snapshot(t.db);
    const repeat = await put('admin', '2019-04-12', bodyOf(corrected));

    expect({
      body: read(response),
      audit: [audit?.action, audit?.before, audit?.after],
      repeat: read(repeat),
      rowsAfterRepeat: await snapshot(t.db),
    }).toEqual({
      body: { entry: corrected, previous, changed: true },
      audit: ['calendar.entry-set', previous, corrected],
      repeat: { entry: corrected, previous: corrected, changed: false },
      rowsAfterRepeat: rows,
    });
  });

  it('refuses a contradicting entry with CALENDAR_CONFLICT and writes nothing', async () => {
    const rows = await snapshot(t.db);
    const working = { ...bodyOf(transferredDayOff('2019-05-10')), kind: 'working-weekday' };
    const saturdayOnFriday = { ...working, kind: 'working-saturday' };
    const opposite = await put('admin', '2019-05-10', working);
    const wrongDay = await put('admin', '2019-04-19', saturdayOnFriday);
    const [conflict, misfit] = [read<ProblemBody>(opposite), read<ProblemBody>(wrongDay)];

    expect({
      opposite: [opposite.statusCode, conflict.code, conflict.details],
      wrongDay: [wrongDay.statusCode, misfit.code, misfit.details.weekday],
      rows: await snapshot(t.db),
    }).toEqual({
      opposite: [
        409,
        'CALENDAR_CONFLICT',
        {
          date: '2019-05-10',
          kind: 'working-weekday',
          existingKind: 'transferred-day-off',
          reason: 'the date already has an entry with the opposite effect',
        },
      ],
      wrongDay: [409, 'CALENDAR_CONFLICT', 'fri'],
      rows,
    });
  });

  it('removes an entry, so the weekend rule applies, audits it, ignores a repeat', async () => {
    const before = await due('2019-05-08T17:00+05:00', 1);
    const response = await remove('admin', '2019-05-10');
    const after = await due('2019-05-08T17:00+05:00', 1);
    const audit = await newestAudit();
    const rows = await snapshot(t.db);
    const repeat = await remove('admin', '2019-05-10');

    expect({
      status: response.statusCode,
      removed: read<EntryRemoved>(response).removed?.kind,
      before,
      after,
      audit: [audit?.action, audit?.subject, audit?.before?.kind, audit?.after],
      repeat: read(repeat),
      rows: await snapshot(t.db),
    }).toEqual({
      status: 200,
      removed: 'transferred-day-off',
      before: '2019-05-13T18:30:00+05:00',
      after: '2019-05-10T18:30:00+05:00',
      audit: ['calendar.entry-removed', '2019-05-10', 'transferred-day-off', null],
      repeat: { date: '2019-05-10', removed: null },
      rows,
    });
  });

  it('corrects a shipped entry with its titles and references in three languages', async () => {
    const listed = await t.call(null, { method: 'GET', url: '/api/v1/calendar/2018' });
    const shipped = listed.json().days.find((d: any) => d.date === '2018-04-30');
    const { date: _date, dayOff: _dayOff, ...body } = shipped;
    const corrected = { ...body, note: 'checked against the decree text' };
    const response = await put('admin', '2018-04-30', corrected);

    expect([response.statusCode, response.json().changed, response.json().entry.source]).toEqual([
      200,
      true,
      shipped.source,
    ]);
    expect(Object.keys(shipped.source)).toEqual([
      'kind',
      'title',
      'titles',
      'reference',
      'references',
      'url',
    ]);
  });

  it('lets only the administrator change the calendar', async () => {
    const rows = await snapshot(t.db);
    const body = bodyOf(transferredDayOff('2019-04-26'));
    const answers = [
      await put('clerk', '2019-04-26', body),
      await put('auditor', '2019-04-26', body),
      await put(null, '2019-04-26', body),
      await remove('head', '2019-05-09'),
      await remove(null, '2019-05-09'),
    ];

    expect({
      answers: outcomes(answers),
      rows: await snapshot(t.db),
    }).toEqual({
      answers: [
        [403, 'ROLE_FORBIDDEN'],
        [403, 'ROLE_FORBIDDEN'],
        [401, 'AUTH_REQUIRED'],
        [403, 'ROLE_FORBIDDEN'],
        [401, 'AUTH_REQUIRED'],
      ],
      rows,
    });
  });

  it('refuses malformed entries and dates outside the calendar and writes nothing', async () => {
    const rows = await snapshot(t.db);
    const body = bodyOf(transferredDayOff('2019-04-26'));
    const answers = [
      await put('admin', '2019-04-26', { ...body, source: { ...body.source, url: 'ftp://x' } }),
      await put('admin', '2019-04-26', { ...body, kind: 'bank-holiday' }),
      await put('admin', '2019-04-26', { ...body, name: { kk: 'Демалыс', ru: 'Выходной' } }),
      await put('admin', '2019-02-30', body),
      await put('admin', '2031-01-06', body),
      await remove('admin', '2031-01-06'),
    ];

    expect({
      answers: outcomes(answers),
      rows: await snapshot(t.db),
    }).toEqual({
      answers: [
        [400, 'CALENDAR_ENTRY_INVALID'],
        [400, 'VALIDATION_FAILED'],
        [400, 'VALIDATION_FAILED'],
        [400, 'CALENDAR_ENTRY_INVALID'],
        [422, 'CALENDAR_OUT_OF_RANGE'],
        [422, 'CALENDAR_OUT_OF_RANGE'],
      ],
      rows,
    });
  });

  it('names the fields of a malformed entry in the language asked for', async () => {
    const body = bodyOf(transferredDayOff('2019-04-26'));
    const source = { ...body.source, url: 'ftp://x' };
    const response = await t.call('admin', {
      method: 'PUT',
      url: '/api/v1/admin/calendar/2019-04-26?lang=en',
      payload: { ...body, source },
    });
    const problem = read<ProblemBody & { detail: string }>(response);

    expect([problem.code, problem.detail, problem.details]).toEqual([
      'CALENDAR_ENTRY_INVALID',
      'The calendar entry is not valid: source.url',
      { problems: ['entry.source.url must be a URL'], field: 'source.url' },
    ]);
  });

  it('checks simultaneous edits of one date one after the other, so one contradicts', async () => {
    const dayOff = bodyOf(transferredDayOff('2019-06-14'));
    const working = { ...dayOff, kind: 'working-weekday' };
    const answers = await Promise.all([
      put('admin', '2019-06-14', dayOff),
      put('admin', '2019-06-14', working),
    ]);
    const [first, second] = outcomes(answers).sort(([a], [b]) => Number(a) - Number(b));
    const listed = read<CalendarYear>(
      await t.call(null, { method: 'GET', url: '/api/v1/calendar/2019' }),
    );

    expect({
      statuses: [first?.[0], second],
      stored: listed.days.find((d) => d.date === '2019-06-14')?.kind,
    }).toEqual({
      statuses: [200, [409, 'CALENDAR_CONFLICT']],
      stored: first?.[1],
    });
  });

  it("counts a case's step deadline on the corrected calendar", async () => {
    at(t, '2019-06-20 10:00');

    const uncorrected = await due('2019-06-20T10:10+05:00', 1);

    await put('admin', '2019-06-21', bodyOf(transferredDayOff('2019-06-21')));

    const id = (await registerCase(t, 'religious-literature-premises')).case.id;

    at(t, '2019-06-20 10:10');

    const accepted = await command(t, 'clerk', id, 'accept');

    expect({
      uncorrected,
      step: { code: accepted.case.step?.code, dueAt: accepted.case.step?.dueAt },
    }).toEqual({
      uncorrected: '2019-06-21T18:30:00+05:00',
      step: { code: 'routing', dueAt: '2019-06-24T18:30:00+05:00' },
    });
  });
});
