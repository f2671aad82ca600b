import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadline } from '../../src/domain/calendar/index.js';
import {
  MS_PER_DAY,
  MS_PER_MINUTE,
  type Instant,
  type LimitUnit,
} from '../../src/domain/shared/time.js';
import { at, calendar, hours, limit } from './support.js';

/**
 * Properties of the deadline arithmetic over the shipped 2015–2027 calendar. Starts run over
 * 2015–2025 so that every amount below, even chained twice, still ends inside the calendar.
 */

const OFFSET = 5 * 60 * MS_PER_MINUTE;
const FIRST_DAY = at('2015-01-01T00:00+05:00');
const DAYS = (at('2026-01-01T00:00+05:00') - FIRST_DAY) / MS_PER_DAY;
const BOUNDARIES = [
  '00:00',
  '08:59',
  '09:00',
  '12:59',
  '13:00',
  '14:30',
  '18:29',
  '18:30',
  '23:59',
].map((hhmm) => (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))) * MS_PER_MINUTE);

/** Any instant, with office boundaries (09:00, 13:00, 14:30, 18:30…) drawn often. */
const start = fc
  .tuple(
    fc.integer({ min: 0, max: DAYS - 1 }),
    fc.oneof(fc.integer({ min: 0, max: MS_PER_DAY - 1 }), fc.constantFrom(...BOUNDARIES)),
  )
  .map(([day, ms]) => FIRST_DAY + day * MS_PER_DAY + ms);

const amounts: Readonly<Record<LimitUnit, fc.Arbitrary<number>>> = {
  'working-minutes': fc.integer({ min: 1, max: 5_000 }),
  'working-days': fc.integer({ min: 1, max: 200 }),
  'calendar-days': fc.integer({ min: 1, max: 300 }),
};

const unit = fc.constantFrom<LimitUnit>('working-minutes', 'working-days', 'calendar-days');

const withAmount = unit.chain((u) => fc.tuple(fc.constant(u), amounts[u]));

function due(from: Instant, amount: number, u: LimitUnit): Instant {
  return deadline(calendar, hours, from, limit(amount, u));
}

function localDate(instant: Instant): string {
  return new Date(instant + OFFSET).toISOString().slice(0, 10);
}

function msOfDay(instant: Instant): number {
  return (((instant + OFFSET) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
}

function nextDate(date: string, days = 1): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

function instantOf(date: string, ms: number): Instant {
  return Date.parse(`${date}T00:00:00Z`) + ms - OFFSET;
}

const SEGMENTS = [
  [9 * 60, 13 * 60],
  [14 * 60 + 30, 18 * 60 + 30],
].map(([s = 0, e = 0]) => [s * MS_PER_MINUTE, e * MS_PER_MINUTE] as const);
const CLOSE = 18.5 * 60 * MS_PER_MINUTE;

/** The rules written as plain loops over days and segments: the reference to compare with. */
function referenceDeadline(from: Instant, amount: number, u: LimitUnit): Instant {
  if (u === 'working-days') {
    let date = localDate(from);

    for (let counted = 0; counted < amount;) {
      date = nextDate(date);
      if (calendar.isWorkingDay(date)) counted++;
    }

    return instantOf(date, CLOSE);
  }

  if (u === 'calendar-days') {
    let date = nextDate(localDate(from), amount);

    while (!calendar.isWorkingDay(date)) date = nextDate(date);

    return instantOf(date, CLOSE);
  }

  return referenceMinutes(from, amount * MS_PER_MINUTE);
}

function referenceMinutes(from: Instant, amountMs: number): Instant {
  let left = amountMs;

  for (let date = localDate(from); ; date = nextDate(date)) {
    if (!calendar.isWorkingDay(date)) continue;

    for (const [s, e] of SEGMENTS) {
      const cursor = Math.max(from, instantOf(date, s));
      const available = instantOf(date, e) - cursor;

      if (available <= 0) continue;
      if (left <= available) return cursor + left;

      left -= available;
    }
  }
}

describe('deadline properties', () => {
  it('agrees with a day-by-day reference count for every unit', () => {
    fc.assert(
      fc.property(start, withAmount, (from, [u, amount]) => {
        expect(due(from, amount, u)).toBe(referenceDeadline(from, amount, u));
      }),
      { numRuns: 2_000 },
    );
  });

  it('never lands outside office hours or on a day off', () => {
    fc.assert(
      fc.property(start, withAmount, (from, [u, amount]) => {
        const end = due(from, amount, u);
        const ms = msOfDay(end);
        const inOffice = SEGMENTS.some(([s, e]) => ms > s && ms <= e);

        expect({ working: calendar.isWorkingDay(localDate(end)), inOffice }).toEqual({
          working: true,
          inOffice: true,
        });

        if (u !== 'working-minutes') expect(ms).toBe(CLOSE);
      }),
      { numRuns: 1_000 },
    );
  });

  it('never gives an earlier deadline for a larger amount', () => {
    fc.assert(
      fc.property(start, withAmount, (from, [u, amount]) => {
        const strictly = u !== 'calendar-days';
        const a = due(from, amount, u);
        const b = due(from, amount + 1, u);

        expect(strictly ? b > a : b >= a).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it('never gives an earlier deadline for a later start', () => {
    fc.assert(
      fc.property(start, start, withAmount, (t1, t2, [u, amount]) => {
        const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];

        expect(due(late, amount, u) >= due(early, amount, u)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  /**
   * Working days: D(N + M, t) = D(M, D(N, t)) for every t. D(N, t) is the close of the N-th
   * working day after t's date, and the Civil Code start rule counts M more days from the day
   * after that date, so the two counts chain exactly.
   */
  it('adds working days: N + M from t equals M from the deadline of N', () => {
    fc.assert(
      fc.property(start, amounts['working-days'], amounts['working-days'], (t, n, m) => {
        const direct = due(t, n + m, 'working-days');
        const chained = due(due(t, n, 'working-days'), m, 'working-days');

        expect(chained).toBe(direct);
      }),
      { numRuns: 1_000 },
    );
  });

  /**
   * Working minutes: D(N + M, t) = D(M, D(N, t)) for every t, including the 13:00 and 18:30
   * boundaries: D(N, t) is the earliest instant with N minutes of office time after t, and
   * counting from it resumes at the next opening.
   */
  it('adds working minutes: N + M from t equals M from the deadline of N', () => {
    const minutes = amounts['working-minutes'];

    fc.assert(
      fc.property(start, minutes, minutes, (t, n, m) => {
        const direct = due(t, n + m, 'working-minutes');
        const chained = due(due(t, n, 'working-minutes'), m, 'working-minutes');

        expect(chained).toBe(direct);
      }),
      { numRuns: 1_000 },
    );
  });

  /**
   * Calendar days chain only when the N-th day was not moved; a moved end pushes the second
   * term later, never earlier: D(M, D(N, t)) ≥ D(N + M, t), with equality when the N-th
   * calendar day after t's date is a working day.
   */
  it('adds calendar days exactly when the first end did not move, and never earlier', () => {
    const days = amounts['calendar-days'];

    fc.assert(
      fc.property(start, days, days, (t, n, m) => {
        const direct = due(t, n + m, 'calendar-days');
        const chained = due(due(t, n, 'calendar-days'), m, 'calendar-days');
        const nthDayWorking = calendar.isWorkingDay(nextDate(localDate(t), n));

        expect(nthDayWorking ? chained === direct : chained >= direct).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});
