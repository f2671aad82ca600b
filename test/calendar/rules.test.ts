import { describe, expect, it } from 'vitest';
import { statutoryDaysOff, type CalendarEntry } from '../../src/domain/calendar/index.js';
import { rules, years } from './support.js';

/** Kurban Ait dates come from the year files: the feast is fixed each year, not by a rule. */
function kurbanAitDates(entries: readonly CalendarEntry[]): string[] {
  return entries.filter((e) => e.name.en === 'Kurban Ait').map((e) => e.date);
}

function withoutNote(e: CalendarEntry): Omit<CalendarEntry, 'note'> {
  return { date: e.date, kind: e.kind, name: e.name, source: e.source };
}

const generated = years.map((y) => ({
  year: y.info.year,
  file: y.entries,
  rules: statutoryDaysOff(rules, y.info.year, { 'kurban-ait': kurbanAitDates(y.entries) }),
}));

function ofKind(entries: readonly CalendarEntry[], kind: CalendarEntry['kind']): CalendarEntry[] {
  return entries.filter((e) => e.kind === kind);
}

describe('the holiday rules and the year files agree', () => {
  it('lists the fifteen holidays of the law with their validity years', () => {
    const summary = rules.holidays.map((h) => [
      h.id,
      h.fromYear ?? null,
      h.toYear ?? null,
      h.substitute,
    ]);

    expect(summary).toEqual([
      ['new-year', null, null, true],
      ['orthodox-christmas', null, null, false],
      ['womens-day', null, null, true],
      ['nauryz', null, null, true],
      ['unity-day', null, null, true],
      ['defender-day', 2013, null, true],
      ['victory-day', null, null, true],
      ['capital-day', 2009, null, true],
      ['constitution-day-1995', null, 2025, true],
      ['constitution-day-2026', 2027, null, true],
      ['republic-day', 2022, null, true],
      ['first-president-day', 2012, 2021, true],
      ['independence-day', null, null, true],
      ['independence-day-second', null, 2021, true],
      ['kurban-ait', null, null, false],
    ]);
  });

  it('regenerates every holiday day off of 2015–2027 with its name and act', () => {
    for (const y of generated) {
      const fromRules = ofKind(y.rules, 'holiday-day-off').map(withoutNote);
      const fromFile = ofKind(y.file, 'holiday-day-off').map(withoutNote);

      expect({ year: y.year, entries: fromFile }).toEqual({ year: y.year, entries: fromRules });
    }
  });

  it('regenerates every substitute day off by chaining, except the one cancelled in 2020', () => {
    const fileDates = new Set(years.flatMap((y) => y.entries).map((e) => `${e.date} ${e.kind}`));
    const substitutes = generated.flatMap((y) => ofKind(y.rules, 'substitute-day-off'));
    const cancelled = substitutes.filter((e) => !fileDates.has(`${e.date} substitute-day-off`));
    const kept = substitutes.filter((e) => fileDates.has(`${e.date} substitute-day-off`));
    const inFiles = years.flatMap((y) => ofKind(y.entries, 'substitute-day-off'));

    expect(cancelled.map((e) => e.date)).toEqual(['2020-05-11']);
    expect(inFiles).toEqual(kept);
  });

  it('puts the substitutes after the whole holiday block, one per day', () => {
    const dates = (year: number, month: string): string[] =>
      (generated.find((y) => y.year === year)?.rules ?? [])
        .filter((e) => e.kind === 'substitute-day-off' && e.date.startsWith(`${year}-${month}`))
        .map((e) => `${e.date} ${e.note ?? ''}`);

    expect({
      nauryz2015: dates(2015, '03'),
      nauryz2021: dates(2021, '03'),
      may2016: dates(2016, '05'),
      december2017: dates(2017, '12'),
      december2018: dates(2018, '12'),
    }).toEqual({
      nauryz2015: [
        '2015-03-09 substitute for 2015-03-08 (Sun)',
        '2015-03-24 substitute for 2015-03-21 (Sat)',
        '2015-03-25 substitute for 2015-03-22 (Sun)',
      ],
      nauryz2021: ['2021-03-24 substitute for 2021-03-21 (Sun)'],
      may2016: [
        '2016-05-02 substitute for 2016-05-01 (Sun)',
        '2016-05-10 substitute for 2016-05-07 (Sat)',
      ],
      december2017: [
        '2017-12-18 substitute for 2017-12-16 (Sat)',
        '2017-12-19 substitute for 2017-12-17 (Sun)',
      ],
      december2018: [
        '2018-12-03 substitute for 2018-12-01 (Sat)',
        '2018-12-18 substitute for 2018-12-16 (Sun)',
      ],
    });
  });

  it('gives no substitute for Orthodox Christmas or Kurban Ait on a weekend', () => {
    const all = generated.flatMap((y) => y.rules);
    const religiousOnWeekend = all
      .filter((e) => ['Orthodox Christmas', 'Kurban Ait'].includes(e.name.en))
      .filter((e) => [0, 6].includes(new Date(`${e.date}T00:00:00Z`).getUTCDay()))
      .map((e) => e.date);
    const substitutesForThem = all.filter(
      (e) => e.kind === 'substitute-day-off' && religiousOnWeekend.some((d) => e.note?.includes(d)),
    );

    expect(religiousOnWeekend).toEqual([
      '2017-01-07',
      '2018-01-07',
      '2019-08-11',
      '2022-07-09',
      '2023-01-07',
      '2024-01-07',
      '2024-06-16',
    ]);
    expect(substitutesForThem).toEqual([]);
  });

  it('makes 2026-03-15 no holiday and 2027-03-15 one', () => {
    const on = (year: number, date: string): string[] =>
      (generated.find((y) => y.year === year)?.rules ?? [])
        .filter((e) => e.date === date)
        .map((e) => e.kind);

    expect([on(2026, '2026-03-15'), on(2026, '2026-03-16'), on(2027, '2027-03-15')]).toEqual([
      [],
      [],
      ['holiday-day-off'],
    ]);
  });
});
