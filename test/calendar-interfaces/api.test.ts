import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestApp, type TestApp } from '../support/app.js';
import type { ComputedDeadline } from '../../src/application/calendar/compute-deadline.js';
import type { CalendarYear } from '../../src/application/calendar/list-calendar-year.js';
import { read, WORKED_EXAMPLE, WORKED_EXAMPLE_EN, type ProblemBody } from './support.js';

describe.each(DIALECTS)('the public calendar API on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(dialect);
  });

  afterAll(() => t.close());

  const get = (url: string) => t.call(null, { method: 'GET', url: `/api/v1${url}` });
  const deadline = (query: string) => get(`/deadline?${query}`);

  it('answers a deadline without sign-in, with the explanation', async () => {
    const response = await deadline('from=2020-01-03T17:00%2B05:00&amount=1&unit=working-days');

    expect({ status: response.statusCode, body: read(response) }).toEqual({
      status: 200,
      body: WORKED_EXAMPLE,
    });
  });

  it('adds the explanation as text lines in the language asked for', async () => {
    const response = await deadline(
      'from=2020-01-03T17:00%2B05:00&amount=1&unit=working-days&lines=en',
    );

    expect(read(response)).toEqual({ ...WORKED_EXAMPLE, lines: WORKED_EXAMPLE_EN });
  });

  it('takes a start in UTC and answers in the office offset', async () => {
    const response = await deadline('from=2020-01-03T12:00Z&amount=30&unit=working-minutes');

    expect(read<ComputedDeadline>(response).due).toBe('2020-01-05T09:30:00+05:00');
  });

  it('refuses an unencoded + that the query string turned into a space, saying so', async () => {
    const response = await deadline('from=2020-01-03T17:00+05:00&amount=1&unit=working-days');

    const problem = read<ProblemBody>(response);

    expect({ status: response.statusCode, code: problem.code, details: problem.details }).toEqual({
      status: 400,
      code: 'INSTANT_WITHOUT_OFFSET',
      details: {
        value: '2020-01-03T17:00 05:00',
        reason: 'the "+" of the offset arrived as a space; write it as %2B in the URL',
      },
    });
  });

  const refusals: [string, string, number, string][] = [
    [
      'a start without an offset',
      'from=2020-01-03T17:00&amount=1&unit=working-days',
      400,
      'INSTANT_WITHOUT_OFFSET',
    ],
    [
      'a start that is not a date',
      'from=tomorrow&amount=1&unit=working-days',
      400,
      'INSTANT_WITHOUT_OFFSET',
    ],
    ['an unknown unit', 'from=2020-01-03T17:00Z&amount=1&unit=hours', 400, 'LIMIT_UNIT_UNKNOWN'],
    [
      'a zero amount',
      'from=2020-01-03T17:00Z&amount=0&unit=working-days',
      400,
      'LIMIT_AMOUNT_INVALID',
    ],
    [
      'a negative amount',
      'from=2020-01-03T17:00Z&amount=-3&unit=working-days',
      400,
      'LIMIT_AMOUNT_INVALID',
    ],
    [
      'an absurd amount',
      'from=2020-01-03T17:00Z&amount=99999&unit=calendar-days',
      400,
      'LIMIT_AMOUNT_INVALID',
    ],
    ['a missing amount', 'from=2020-01-03T17:00Z&unit=working-days', 400, 'VALIDATION_FAILED'],
    [
      'a start outside the calendar',
      'from=2031-01-06T09:00Z&amount=1&unit=working-days',
      422,
      'CALENDAR_OUT_OF_RANGE',
    ],
    [
      'a term running past the calendar',
      'from=2027-12-01T09:00Z&amount=60&unit=working-days',
      422,
      'CALENDAR_OUT_OF_RANGE',
    ],
  ];

  it.each(refusals)('refuses %s with its code', async (_name, query, status, code) => {
    const response = await deadline(query);

    expect({ status: response.statusCode, code: read<ProblemBody>(response).code }).toEqual({
      status,
      code,
    });
  });

  it("lists a year's exceptions with kind, name and act, and the year's status", async () => {
    const response = await get('/calendar/2024');
    const body = read<CalendarYear>(response);

    expect({
      status: response.statusCode,
      year: body.year,
      state: body.status,
      notes: body.notes.length,
      workingByAct: body.days.filter((d) => !d.dayOff).map((d) => `${d.date} ${d.kind}`),
      kurbanAit: body.days.find((d) => d.date === '2024-06-16'),
    }).toEqual({
      status: 200,
      year: 2024,
      state: 'confirmed',
      notes: 3,
      workingByAct: ['2024-05-04 working-saturday', '2024-06-17 working-weekday'],
      kurbanAit: {
        date: '2024-06-16',
        kind: 'holiday-day-off',
        name: { kk: 'Құрбан айт', ru: 'Курбан айт', en: 'Kurban Ait' },
        source: {
          kind: 'code',
          title: 'Labour Code of the Republic of Kazakhstan',
          titles: {
            kk: 'Қазақстан Республикасының Еңбек кодексі',
            ru: 'Трудовой кодекс Республики Казахстан',
            en: 'Labour Code of the Republic of Kazakhstan',
          },
          reference: 'No. 414-V of 23 Nov 2015, art. 84(5)',
          references: {
            kk: '2015 жылғы 23 қарашадағы № 414-V, 84-баптың 5-тармағы',
            ru: 'от 23 ноября 2015 года № 414-V, пункт 5 статьи 84',
            en: 'No. 414-V of 23 Nov 2015, art. 84(5)',
          },
          url: 'https://edu-tradeunion.kz/ru/press/news/3202',
        },
        note: expect.any(String) as unknown,
        dayOff: true,
      },
    });
  });

  it('refuses a year outside the calendar and a malformed year', async () => {
    const outside = await get('/calendar/2031');
    const malformed = await get('/calendar/20x1');
    const [problem, refusal] = [read<ProblemBody>(outside), read<ProblemBody>(malformed)];

    expect([
      [outside.statusCode, problem.code, problem.details.covered],
      [malformed.statusCode, refusal.code],
    ]).toEqual([
      [422, 'CALENDAR_OUT_OF_RANGE', '2015-01-01..2027-12-31'],
      [400, 'VALIDATION_FAILED'],
    ]);
  });
});
