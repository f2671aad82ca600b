import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OFFICE_HOURS,
  OfficeHours,
  deadline,
  formatInstant,
  type OfficeHoursDefinition,
} from '../../src/domain/calendar/index.js';
import { at, calendar, caught, limit } from './support.js';

const astana2016: OfficeHoursDefinition = {
  zone: 'Asia/Almaty',
  utcOffsetMinutes: 360,
  segments: [
    { start: '08:30', end: '13:00' },
    { start: '14:30', end: '18:00' },
  ],
};

describe('office hours', () => {
  it('default to 09:00–13:00 and 14:30–18:30 in Asia/Atyrau, eight hours a day', () => {
    expect({
      definition: DEFAULT_OFFICE_HOURS.toDefinition(),
      minutes: DEFAULT_OFFICE_HOURS.workingMinutesPerDay,
    }).toEqual({
      definition: {
        zone: 'Asia/Atyrau',
        utcOffsetMinutes: 300,
        segments: [
          { start: '09:00', end: '13:00' },
          { start: '14:30', end: '18:30' },
        ],
      },
      minutes: 480,
    });
  });

  it('match the zone database: Asia/Atyrau is UTC+5 on every date of 2015–2027', () => {
    const offsets = new Set<string>();
    const format = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Atyrau',
      timeZoneName: 'longOffset',
    });

    for (let year = 2015; year <= 2027; year++) {
      for (const monthDay of ['01-15', '03-31', '07-01', '10-31', '12-31']) {
        const parts = format.formatToParts(new Date(`${year}-${monthDay}T12:00:00Z`));

        offsets.add(parts.find((p) => p.type === 'timeZoneName')?.value ?? '');
      }
    }

    expect([...offsets]).toEqual(['GMT+05:00']);
  });

  it('can be set per provider, and deadlines follow them', () => {
    const astana = OfficeHours.from(astana2016);
    const from = at('2016-02-01T17:30+06:00');

    expect({
      minutes: astana.workingMinutesPerDay,
      wm: formatInstant(deadline(calendar, astana, from, limit(60, 'working-minutes')), astana),
      wd: formatInstant(deadline(calendar, astana, from, limit(1, 'working-days')), astana),
    }).toEqual({
      minutes: 480,
      wm: '2016-02-02T09:00:00+06:00',
      wd: '2016-02-02T18:00:00+06:00',
    });
  });

  it('refuse overlapping, reversed, malformed or missing segments and odd offsets', () => {
    const bad = (change: Partial<OfficeHoursDefinition>) => () =>
      OfficeHours.from({ ...astana2016, ...change });

    expect([
      caught(bad({ segments: [] })),
      caught(bad({ segments: [{ start: '13:00', end: '09:00' }] })),
      caught(
        bad({
          segments: [
            { start: '09:00', end: '13:00' },
            { start: '12:00', end: '18:00' },
          ],
        }),
      ),
      caught(bad({ segments: [{ start: '9:00', end: '24:00' }] })),
      caught(bad({ utcOffsetMinutes: 5.5 })),
      caught(bad({ zone: ' ' })),
    ]).toEqual([
      { code: 'OFFICE_HOURS_INVALID', details: { field: 'segments' } },
      { code: 'OFFICE_HOURS_INVALID', details: { field: 'segments[0]' } },
      { code: 'OFFICE_HOURS_INVALID', details: { field: 'segments[1]' } },
      { code: 'OFFICE_HOURS_INVALID', details: { field: 'segments[0].start', value: '9:00' } },
      { code: 'OFFICE_HOURS_INVALID', details: { field: 'utcOffsetMinutes' } },
      { code: 'OFFICE_HOURS_INVALID', details: { field: 'zone' } },
    ]);
  });
});
