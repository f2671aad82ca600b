import { describe, expect, it } from 'vitest';
import { slaState, type DueSoonThreshold } from '../../src/domain/calendar/index.js';
import type { LimitUnit } from '../../src/domain/shared/time.js';
import { at, calendar, caught, hours, limit } from './support.js';

interface Step {
  readonly startedAt: string;
  readonly due: string;
  readonly amount: number;
  readonly unit: LimitUnit;
}

function states(step: Step, nows: readonly string[], threshold?: DueSoonThreshold) {
  return nows.map((now) => {
    const s = slaState(calendar, hours, {
      now: at(now),
      startedAt: at(step.startedAt),
      due: at(step.due),
      limit: limit(step.amount, step.unit),
      ...(threshold === undefined ? {} : { dueSoonThreshold: threshold }),
    });

    return `${now} ${s.state} ${s.left.amount} ${s.left.unit}`;
  });
}

const threeWorkingDays: Step = {
  startedAt: '2024-06-14T17:00+05:00',
  due: '2024-06-19T18:30+05:00',
  amount: 3,
  unit: 'working-days',
};

describe('the SLA state of a step', () => {
  it('counts working days left from today, and working days begun since a missed deadline', () => {
    expect(
      states(threeWorkingDays, [
        '2024-06-14T17:30+05:00',
        '2024-06-17T10:00+05:00',
        '2024-06-19T10:00+05:00',
        '2024-06-19T15:30+05:00',
        '2024-06-19T19:00+05:00',
        '2024-06-20T08:00+05:00',
        '2024-06-20T09:30+05:00',
        '2024-06-21T12:00+05:00',
      ]),
    ).toEqual([
      '2024-06-14T17:30+05:00 on-time 3 working-days',
      '2024-06-17T10:00+05:00 on-time 3 working-days',
      '2024-06-19T10:00+05:00 on-time 1 working-days',
      '2024-06-19T15:30+05:00 due-soon 1 working-days',
      '2024-06-19T19:00+05:00 overdue 0 working-days',
      '2024-06-20T08:00+05:00 overdue 0 working-days',
      '2024-06-20T09:30+05:00 overdue -1 working-days',
      '2024-06-21T12:00+05:00 overdue -2 working-days',
    ]);
  });

  it('counts office minutes left across the lunch break', () => {
    const step: Step = {
      startedAt: '2024-06-18T12:50+05:00',
      due: '2024-06-18T14:35+05:00',
      amount: 15,
      unit: 'working-minutes',
    };

    expect(
      states(step, [
        '2024-06-18T12:55+05:00',
        '2024-06-18T13:30+05:00',
        '2024-06-18T14:32+05:00',
        '2024-06-18T14:34:30+05:00',
        '2024-06-18T14:35+05:00',
        '2024-06-18T14:36+05:00',
      ]),
    ).toEqual([
      '2024-06-18T12:55+05:00 on-time 10 working-minutes',
      '2024-06-18T13:30+05:00 on-time 5 working-minutes',
      '2024-06-18T14:32+05:00 due-soon 3 working-minutes',
      '2024-06-18T14:34:30+05:00 due-soon 1 working-minutes',
      '2024-06-18T14:35+05:00 due-soon 0 working-minutes',
      '2024-06-18T14:36+05:00 overdue -1 working-minutes',
    ]);
  });

  it('counts calendar days left including today and the last day', () => {
    const step: Step = {
      startedAt: '2024-06-14T17:00+05:00',
      due: '2024-06-24T18:30+05:00',
      amount: 10,
      unit: 'calendar-days',
    };

    expect(
      states(step, [
        '2024-06-14T18:00+05:00',
        '2024-06-22T10:00+05:00',
        '2024-06-23T10:00+05:00',
        '2024-06-24T19:00+05:00',
        '2024-06-26T10:00+05:00',
      ]),
    ).toEqual([
      '2024-06-14T18:00+05:00 on-time 10 calendar-days',
      '2024-06-22T10:00+05:00 on-time 3 calendar-days',
      '2024-06-23T10:00+05:00 due-soon 2 calendar-days',
      '2024-06-24T19:00+05:00 overdue 0 calendar-days',
      '2024-06-26T10:00+05:00 overdue -2 calendar-days',
    ]);
  });

  it('takes a threshold given as an amount in the step unit', () => {
    expect(
      states(threeWorkingDays, ['2024-06-18T10:00+05:00', '2024-06-19T10:00+05:00'], { amount: 1 }),
    ).toEqual([
      '2024-06-18T10:00+05:00 on-time 2 working-days',
      '2024-06-19T10:00+05:00 due-soon 1 working-days',
    ]);
  });

  it('refuses a deadline before the start and an invalid limit', () => {
    const base = { now: at('2024-06-18T10:00+05:00'), startedAt: at('2024-06-19T10:00+05:00') };

    expect([
      caught(() =>
        slaState(calendar, hours, {
          ...base,
          due: at('2024-06-18T18:30+05:00'),
          limit: limit(1, 'working-days'),
        }),
      ),
      caught(() =>
        slaState(calendar, hours, {
          ...base,
          due: at('2024-06-20T18:30+05:00'),
          limit: limit(0, 'working-days'),
        }),
      ),
    ]).toEqual([
      { code: 'DATE_ORDER', details: { field: 'due', after: 'startedAt' } },
      { code: 'LIMIT_AMOUNT_INVALID', details: { amount: '0', unit: 'working-days', max: 1000 } },
    ]);
  });
});
