import { describe, expect, it } from 'vitest';
import { WorkCalendar, deadline, type CalendarEntry } from '../../src/domain/calendar/index.js';
import { at, calendar, caught, hours, limit, local } from './support.js';

const kurbanAit2027: CalendarEntry = {
  date: '2027-05-17',
  kind: 'holiday-day-off',
  name: { kk: 'Құрбан айт', ru: 'Курбан айт', en: 'Kurban Ait' },
  source: { kind: 'announcement', title: 'Muslim Board and Ministry of Labour: Kurban Ait 2027' },
};

function entry(date: string, kind: CalendarEntry['kind']): CalendarEntry {
  return { ...kurbanAit2027, date, kind };
}

describe('administering calendar entries', () => {
  it('adds a day off published later without touching the original calendar', () => {
    const updated = calendar.withEntry(kurbanAit2027);
    const from = at('2027-05-14T17:00+05:00');

    expect({
      before: calendar.isWorkingDay('2027-05-17'),
      after: updated.isWorkingDay('2027-05-17'),
      entry: updated.entryOn('2027-05-17'),
      dueBefore: local(deadline(calendar, hours, from, limit(1, 'working-days'))),
      dueAfter: local(deadline(updated, hours, from, limit(1, 'working-days'))),
    }).toEqual({
      before: true,
      after: false,
      entry: kurbanAit2027,
      dueBefore: '2027-05-17T18:30:00+05:00',
      dueAfter: '2027-05-18T18:30:00+05:00',
    });
  });

  it('replaces an entry with the same effect as a correction', () => {
    const corrected = { ...calendar.entryOn('2026-05-27'), note: 'confirmed by the Muslim Board' };
    const updated = calendar.withEntry(corrected as CalendarEntry);

    expect(updated.entryOn('2026-05-27')).toEqual(corrected);
  });

  it('returns the same calendar for an entry equal to the existing one', () => {
    const same = calendar.entryOn('2024-06-17') as CalendarEntry;

    expect(calendar.withEntry(same)).toBe(calendar);
  });

  it('refuses to turn a day off into a working day until the old entry is removed', () => {
    const working = entry('2024-03-22', 'working-weekday');
    const reversed = calendar.withoutEntry('2024-03-22').withEntry(working);

    expect({
      refused: caught(() => calendar.withEntry(working)),
      afterRemoval: reversed.isWorkingDay('2024-03-22'),
    }).toEqual({
      refused: {
        code: 'CALENDAR_CONFLICT',
        details: {
          date: '2024-03-22',
          kind: 'working-weekday',
          existingKind: 'holiday-day-off',
          reason: 'the date already has an entry with the opposite effect',
        },
      },
      afterRemoval: true,
    });
  });

  it('refuses kinds that do not fit the day of the week', () => {
    const errors = [
      entry('2027-05-14', 'working-saturday'),
      entry('2027-05-15', 'working-sunday'),
      entry('2027-05-16', 'substitute-day-off'),
      entry('2027-05-15', 'transferred-day-off'),
      entry('2027-05-16', 'working-weekday'),
    ].map((e) => caught(() => calendar.withEntry(e)));

    expect(errors.map((e) => [e.code, e.details.date, e.details.weekday])).toEqual([
      ['CALENDAR_CONFLICT', '2027-05-14', 'fri'],
      ['CALENDAR_CONFLICT', '2027-05-15', 'sat'],
      ['CALENDAR_CONFLICT', '2027-05-16', 'sun'],
      ['CALENDAR_CONFLICT', '2027-05-15', 'sat'],
      ['CALENDAR_CONFLICT', '2027-05-16', 'sun'],
    ]);
  });

  it('refuses malformed entries and dates outside the years', () => {
    const malformed = {
      date: '2027-02-30',
      kind: 'holiday',
      name: { kk: '', ru: 'Праздник', en: 'Holiday' },
      source: { kind: 'rumour', title: 'x', url: 'not a url' },
    } as unknown as CalendarEntry;

    expect([
      caught(() => calendar.withEntry(malformed)),
      caught(() => calendar.withEntry(entry('2028-01-03', 'holiday-day-off'))),
    ]).toEqual([
      {
        code: 'CALENDAR_ENTRY_INVALID',
        details: {
          problems: [
            'entry.date must be a date written YYYY-MM-DD',
            'entry.kind must be one of holiday-day-off, substitute-day-off, transferred-day-off, ' +
              'working-saturday, working-sunday, working-weekday',
            'entry.name.kk must be a non-empty text',
            'entry.source.url must be a URL',
            'entry.source.kind must be one of law, code, decree, order, announcement',
          ],
        },
      },
      {
        code: 'CALENDAR_OUT_OF_RANGE',
        details: {
          date: '2028-01-03',
          firstYear: 2015,
          lastYear: 2027,
          covered: '2015-01-01..2027-12-31',
        },
      },
    ]);
  });

  it('removes an entry so the date follows the weekend rule again, and repeats harmlessly', () => {
    const once = calendar.withoutEntry('2020-01-05');

    expect({
      removed: once.entryOn('2020-01-05'),
      working: once.isWorkingDay('2020-01-05'),
      again: once.withoutEntry('2020-01-05') === once,
    }).toEqual({ removed: undefined, working: false, again: true });
  });

  it('refuses two entries for one date when a calendar is built', () => {
    const build = (): WorkCalendar =>
      WorkCalendar.create({
        firstYear: 2027,
        lastYear: 2027,
        entries: [kurbanAit2027, { ...kurbanAit2027, name: { ...kurbanAit2027.name, en: 'Eid' } }],
      });

    expect(caught(build)).toEqual({
      code: 'CALENDAR_CONFLICT',
      details: {
        date: '2027-05-17',
        kind: 'holiday-day-off',
        existingKind: 'holiday-day-off',
        reason: 'two entries for one date',
      },
    });
  });
});
