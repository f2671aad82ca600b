import { describe, expect, it } from 'vitest';
import { deadline } from '../../src/domain/calendar/index.js';
import type { LimitUnit } from '../../src/domain/shared/time.js';
import { at, calendar, hours, limit, local } from './support.js';

/** The deadline as Atyrau local text, so expectations read as the office reads them. */
function due(from: string, amount: number, unit: LimitUnit): string {
  return local(deadline(calendar, hours, at(from), limit(amount, unit)));
}

describe('deadlines around chained Nauryz substitutes', () => {
  it('skips Nauryz 2015 and both substitutes placed after the block (24 and 25 March)', () => {
    expect([
      due('2015-03-20T10:00+05:00', 1, 'working-days'),
      due('2015-03-20T10:00+05:00', 480, 'working-minutes'),
      due('2015-03-20T10:00+05:00', 5, 'calendar-days'),
    ]).toEqual([
      '2015-03-26T18:30:00+05:00',
      '2015-03-26T10:00:00+05:00',
      '2015-03-26T18:30:00+05:00',
    ]);
  });

  it('skips Nauryz 2021 and its one substitute on Wednesday 24 March', () => {
    expect([
      due('2021-03-19T12:00+05:00', 1, 'working-days'),
      due('2021-03-19T12:00+05:00', 2, 'working-days'),
    ]).toEqual(['2021-03-25T18:30:00+05:00', '2021-03-26T18:30:00+05:00']);
  });
});

describe('deadlines around days made working by an act', () => {
  it('counts the working Sunday 2020-01-05 and skips the transferred Friday 3 January', () => {
    expect([
      due('2019-12-31T15:00+05:00', 1, 'working-days'),
      due('2019-12-31T15:00+05:00', 2, 'working-days'),
      due('2019-12-31T15:00+05:00', 3, 'working-days'),
      due('2020-01-03T10:00+05:00', 60, 'working-minutes'),
    ]).toEqual([
      '2020-01-05T18:30:00+05:00',
      '2020-01-06T18:30:00+05:00',
      '2020-01-08T18:30:00+05:00',
      '2020-01-05T10:00:00+05:00',
    ]);
  });

  it('counts Monday 2020-05-11, whose substitute the decree moved to Friday 8 May', () => {
    expect([
      due('2020-05-06T18:00+05:00', 1, 'working-days'),
      due('2020-05-06T18:00+05:00', 3, 'calendar-days'),
      due('2020-05-06T18:00+05:00', 4, 'calendar-days'),
    ]).toEqual([
      '2020-05-11T18:30:00+05:00',
      '2020-05-11T18:30:00+05:00',
      '2020-05-11T18:30:00+05:00',
    ]);
  });

  it('counts Monday 2026-03-16, which is not a Constitution Day substitute', () => {
    expect([
      due('2026-03-13T17:00+05:00', 1, 'working-days'),
      due('2026-03-13T18:00+05:00', 60, 'working-minutes'),
    ]).toEqual(['2026-03-16T18:30:00+05:00', '2026-03-16T09:30:00+05:00']);
  });

  it('counts Monday 2024-06-17, whose announced Kurban Ait day off was cancelled', () => {
    expect([
      due('2024-06-14T17:00+05:00', 1, 'working-days'),
      due('2024-06-14T17:00+05:00', 3, 'working-days'),
      due('2024-06-14T17:00+05:00', 3, 'calendar-days'),
    ]).toEqual([
      '2024-06-17T18:30:00+05:00',
      '2024-06-19T18:30:00+05:00',
      '2024-06-17T18:30:00+05:00',
    ]);
  });
});

describe('deadlines in working minutes', () => {
  it('ends at 13:00 when the last minute runs out at the lunch break, not at 14:30', () => {
    expect([
      due('2024-06-18T09:00+05:00', 240, 'working-minutes'),
      due('2024-06-18T09:00+05:00', 241, 'working-minutes'),
      due('2024-06-18T13:00+05:00', 1, 'working-minutes'),
      due('2024-06-18T12:59:30+05:00', 1, 'working-minutes'),
    ]).toEqual([
      '2024-06-18T13:00:00+05:00',
      '2024-06-18T14:31:00+05:00',
      '2024-06-18T14:31:00+05:00',
      '2024-06-18T14:30:30+05:00',
    ]);
  });

  it('keeps the seconds and milliseconds of a start inside office hours', () => {
    expect([
      due('2024-06-18T09:00:30+05:00', 30, 'working-minutes'),
      due('2024-06-18T04:00:30.250Z', 15, 'working-minutes'),
      due('2024-06-18T08:59:30+05:00', 30, 'working-minutes'),
    ]).toEqual([
      '2024-06-18T09:30:30+05:00',
      '2024-06-18T09:15:30.250+05:00',
      '2024-06-18T09:30:00+05:00',
    ]);
  });

  it('ends at 18:30 when the amount fills the day exactly', () => {
    expect(due('2024-06-18T09:00+05:00', 480, 'working-minutes')).toBe('2024-06-18T18:30:00+05:00');
  });
});

describe('deadlines from awkward starts', () => {
  it('carries a Friday-evening start over the weekend', () => {
    expect([
      due('2024-06-21T19:00+05:00', 30, 'working-minutes'),
      due('2024-06-21T18:30+05:00', 1, 'working-minutes'),
      due('2024-06-21T19:00+05:00', 1, 'working-days'),
      due('2024-06-21T19:00+05:00', 1, 'calendar-days'),
    ]).toEqual([
      '2024-06-24T09:30:00+05:00',
      '2024-06-24T09:01:00+05:00',
      '2024-06-24T18:30:00+05:00',
      '2024-06-24T18:30:00+05:00',
    ]);
  });

  it('starts counting after the holiday block when the start falls on Nauryz 2025', () => {
    expect([
      due('2025-03-21T11:00+05:00', 15, 'working-minutes'),
      due('2025-03-21T11:00+05:00', 1, 'working-days'),
      due('2025-03-21T11:00+05:00', 1, 'calendar-days'),
    ]).toEqual([
      '2025-03-26T09:15:00+05:00',
      '2025-03-26T18:30:00+05:00',
      '2025-03-26T18:30:00+05:00',
    ]);
  });

  it('reads the start date in Atyrau time, where a day begins at 19:00 UTC', () => {
    expect([
      due('2024-06-17T18:59:59Z', 1, 'working-days'),
      due('2024-06-17T19:00:00Z', 1, 'working-days'),
      due('2014-12-31T19:30:00Z', 1, 'working-days'),
    ]).toEqual([
      '2024-06-18T18:30:00+05:00',
      '2024-06-19T18:30:00+05:00',
      '2015-01-05T18:30:00+05:00',
    ]);
  });

  it('counts a calendar-day term over days off and moves only its end', () => {
    expect([
      due('2024-03-01T10:00+05:00', 19, 'calendar-days'),
      due('2024-03-01T10:00+05:00', 20, 'calendar-days'),
      due('2024-03-01T10:00+05:00', 26, 'calendar-days'),
    ]).toEqual([
      '2024-03-20T18:30:00+05:00',
      '2024-03-26T18:30:00+05:00',
      '2024-03-27T18:30:00+05:00',
    ]);
  });
});
