import { describe, expect, it } from 'vitest';
import {
  deadline,
  parseInstant,
  parseLimit,
  type WorkCalendar,
} from '../../src/domain/calendar/index.js';
import type { Limit } from '../../src/domain/shared/time.js';
import { at, calendar, caught, hours, limit } from './support.js';

describe('parsing instants', () => {
  it('reads ISO 8601 instants with Z, ±HH:MM or ±HHMM offsets and fractions', () => {
    expect(
      [
        '2024-06-14T17:00+05:00',
        '2024-06-14T12:00:00Z',
        '2024-06-14T17:00:00.000+0500',
        '2024-06-14T08:00:00.5-04:00',
      ].map(parseInstant),
    ).toEqual([1718366400000, 1718366400000, 1718366400000, 1718366400500]);
  });

  it('refuses an instant without an offset or that is not a real time', () => {
    const values = [
      '2024-06-14T17:00',
      '2024-06-14',
      '2024-02-30T10:00+05:00',
      '2024-06-14T24:00+05:00',
      '2024-06-14T10:00+15:00',
      'tomorrow',
    ];

    expect(values.map((v) => caught(() => parseInstant(v)))).toEqual([
      {
        code: 'INSTANT_WITHOUT_OFFSET',
        details: { value: values[0], reason: 'the offset is missing' },
      },
      {
        code: 'INSTANT_WITHOUT_OFFSET',
        details: { value: values[1], reason: 'not an ISO 8601 date and time' },
      },
      {
        code: 'INSTANT_WITHOUT_OFFSET',
        details: { value: values[2], reason: 'no such date or time' },
      },
      {
        code: 'INSTANT_WITHOUT_OFFSET',
        details: { value: values[3], reason: 'no such date or time' },
      },
      { code: 'INSTANT_WITHOUT_OFFSET', details: { value: values[4], reason: 'no such offset' } },
      {
        code: 'INSTANT_WITHOUT_OFFSET',
        details: { value: values[5], reason: 'not an ISO 8601 date and time' },
      },
    ]);
  });
});

describe('parsing limits', () => {
  it('reads an amount and a unit', () => {
    expect(parseLimit(' 26 ', 'calendar-days')).toEqual({ amount: 26, unit: 'calendar-days' });
  });

  it('refuses an unknown unit', () => {
    expect(caught(() => parseLimit('3', 'hours'))).toEqual({
      code: 'LIMIT_UNIT_UNKNOWN',
      details: { unit: 'hours', allowed: ['working-minutes', 'working-days', 'calendar-days'] },
    });
  });

  it('refuses zero, negative, fractional, non-numeric and absurd amounts', () => {
    const cases: [string, string][] = [
      ['0', 'working-days'],
      ['-1', 'working-days'],
      ['1.5', 'working-days'],
      ['three', 'working-days'],
      ['1001', 'working-days'],
      ['100001', 'working-minutes'],
      ['3651', 'calendar-days'],
    ];

    expect(cases.map(([amount, unit]) => caught(() => parseLimit(amount, unit)))).toEqual([
      { code: 'LIMIT_AMOUNT_INVALID', details: { amount: '0', unit: 'working-days', max: 1000 } },
      { code: 'LIMIT_AMOUNT_INVALID', details: { amount: '-1', unit: 'working-days' } },
      { code: 'LIMIT_AMOUNT_INVALID', details: { amount: '1.5', unit: 'working-days' } },
      { code: 'LIMIT_AMOUNT_INVALID', details: { amount: 'three', unit: 'working-days' } },
      {
        code: 'LIMIT_AMOUNT_INVALID',
        details: { amount: '1001', unit: 'working-days', max: 1000 },
      },
      {
        code: 'LIMIT_AMOUNT_INVALID',
        details: { amount: '100001', unit: 'working-minutes', max: 100000 },
      },
      {
        code: 'LIMIT_AMOUNT_INVALID',
        details: { amount: '3651', unit: 'calendar-days', max: 3650 },
      },
    ]);
  });
});

describe('deadline input checks', () => {
  const from = at('2024-06-14T17:00+05:00');
  const run = (c: WorkCalendar, start: number, l: Limit) => () => deadline(c, hours, start, l);

  it('refuses limits that bypassed parsing', () => {
    expect([
      caught(run(calendar, from, { amount: 2, unit: 'hours' } as unknown as Limit)),
      caught(run(calendar, from, limit(0, 'working-minutes'))),
      caught(run(calendar, from, limit(-3, 'calendar-days'))),
      caught(run(calendar, from, limit(2.5, 'working-days'))),
      caught(run(calendar, from, limit(Number.NaN, 'working-days'))),
    ]).toEqual([
      { code: 'LIMIT_UNIT_UNKNOWN', details: { unit: 'hours' } },
      {
        code: 'LIMIT_AMOUNT_INVALID',
        details: { amount: '0', unit: 'working-minutes', max: 100000 },
      },
      { code: 'LIMIT_AMOUNT_INVALID', details: { amount: '-3', unit: 'calendar-days', max: 3650 } },
      { code: 'LIMIT_AMOUNT_INVALID', details: { amount: '2.5', unit: 'working-days', max: 1000 } },
      { code: 'LIMIT_AMOUNT_INVALID', details: { amount: 'NaN', unit: 'working-days', max: 1000 } },
    ]);
  });

  it('refuses a start or a deadline outside 2015–2027, naming the years covered', () => {
    const covered = { firstYear: 2015, lastYear: 2027, covered: '2015-01-01..2027-12-31' };

    expect([
      caught(run(calendar, at('2014-12-31T23:59+05:00'), limit(1, 'working-days'))),
      caught(run(calendar, at('2028-01-01T09:00+05:00'), limit(1, 'working-minutes'))),
      caught(run(calendar, at('2027-12-31T10:00+05:00'), limit(1, 'working-days'))),
      caught(run(calendar, at('2027-12-20T10:00+05:00'), limit(12, 'calendar-days'))),
      caught(run(calendar, at('2027-12-31T18:00+05:00'), limit(31, 'working-minutes'))),
      caught(run(calendar, Number.NaN, limit(1, 'working-days'))),
    ]).toEqual([
      { code: 'CALENDAR_OUT_OF_RANGE', details: { date: '2014-12-31', ...covered } },
      { code: 'CALENDAR_OUT_OF_RANGE', details: { date: '2028-01-01', ...covered } },
      { code: 'CALENDAR_OUT_OF_RANGE', details: { date: 'after 2027-12-31', ...covered } },
      { code: 'CALENDAR_OUT_OF_RANGE', details: { date: '2028-01-01', ...covered } },
      { code: 'CALENDAR_OUT_OF_RANGE', details: { date: 'after 2027-12-31', ...covered } },
      { code: 'CALENDAR_OUT_OF_RANGE', details: { date: 'not a valid instant', ...covered } },
    ]);
  });

  it('still reaches the last closing time of the calendar', () => {
    expect([
      deadline(calendar, hours, at('2027-12-30T10:00+05:00'), limit(1, 'working-days')),
      deadline(calendar, hours, at('2027-12-31T18:00+05:00'), limit(30, 'working-minutes')),
    ]).toEqual([at('2027-12-31T18:30+05:00'), at('2027-12-31T18:30+05:00')]);
  });
});
