import type { Localized } from '../shared/text.js';
import type { IsoDate } from '../shared/time.js';
import { epochDayOf, isWeekend, isoDateOf, weekdayOf, yearOf } from './dates.js';
import type { CalendarEntry, HolidayRule, HolidayRuleSet, LegalSource } from './types.js';

/** Dates of movable feasts by rule id, e.g. `{ 'kurban-ait': ['2026-05-27'] }`. */
export type MovableDates = Readonly<Record<string, readonly IsoDate[]>>;

interface HolidayDay {
  readonly epochDay: number;
  readonly rule: HolidayRule;
}

/**
 * The days off that follow from the holiday law alone for one year: every holiday in force,
 * and a substitute for each one with `substitute` that falls on Saturday or Sunday. Law
 * No. 267-II art. 5 puts the day off on "the next working day after the holiday", so when
 * holidays come in a block the substitutes follow the whole block, one per day, in the order of
 * the holidays they replace (Nauryz 2015: Sat 21 → Tue 24, Sun 22 → Wed 25).
 *
 * Transfers by decree are not here; they come from the year files.
 *
 * @example
 *   statutoryDaysOff(rules, 2021, {}).filter((e) => e.kind === 'substitute-day-off')
 *     .map((e) => e.date); // ['2021-01-04', '2021-03-24', '2021-05-03', '2021-05-10']
 */
export function statutoryDaysOff(
  rules: HolidayRuleSet,
  year: number,
  movable: MovableDates,
): CalendarEntry[] {
  const holidays = holidayDaysOf(rules, year, movable);
  const substitutes = substituteDays(holidays);
  const holidayEntries = holidays.map((h) => holidayEntry(h, year));
  const substituteEntries = substitutes.map((s) => substituteEntry(rules, s.holiday, s.epochDay));

  return [...holidayEntries, ...substituteEntries].sort((a, b) => a.date.localeCompare(b.date));
}

/** The official name of a holiday in a year, after any renaming. */
export function holidayName(rule: HolidayRule, year: number): Localized {
  return rule.renamed !== undefined && year >= rule.renamed.fromYear
    ? rule.renamed.name
    : rule.name;
}

/** The act that made the holiday a day off in that year. */
export function holidaySource(rule: HolidayRule, year: number): LegalSource {
  const previous = rule.previousSource;

  return previous !== undefined && year <= previous.untilYear ? previous.source : rule.source;
}

/**
 * The name of a substitute day off for a holiday.
 *
 * @example substituteName({ kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' }).en;
 *   // 'Day off in place of the holiday: New Year'
 */
export function substituteName(holiday: Localized): Localized {
  return {
    kk: `Мереке орнына демалыс күні: ${holiday.kk}`,
    ru: `Выходной день вместо праздника: ${holiday.ru}`,
    en: `Day off in place of the holiday: ${holiday.en}`,
  };
}

function holidayDaysOf(rules: HolidayRuleSet, year: number, movable: MovableDates): HolidayDay[] {
  const inForce = rules.holidays.filter(
    (r) => (r.fromYear ?? year) <= year && year <= (r.toYear ?? year),
  );
  const days = inForce.flatMap((rule) => {
    const dates = rule.movable ? (movable[rule.id] ?? []) : rule.days.map((d) => `${year}-${d}`);

    return dates.map((date) => ({ epochDay: epochDayOf(date) ?? NaN, rule }));
  });

  return days.filter((d) => !Number.isNaN(d.epochDay)).sort((a, b) => a.epochDay - b.epochDay);
}

function substituteDays(
  holidays: readonly HolidayDay[],
): { holiday: HolidayDay; epochDay: number }[] {
  const off = new Set(holidays.map((h) => h.epochDay));
  const taken = new Set<number>();
  const result: { holiday: HolidayDay; epochDay: number }[] = [];

  for (const holiday of holidays) {
    if (!holiday.rule.substitute || !isWeekend(holiday.epochDay)) continue;

    let day = holiday.epochDay + 1;

    while (isWeekend(day) || off.has(day) || taken.has(day)) day++;

    taken.add(day);
    result.push({ holiday, epochDay: day });
  }

  return result;
}

function holidayEntry(h: HolidayDay, year: number): CalendarEntry {
  return {
    date: isoDateOf(h.epochDay),
    kind: 'holiday-day-off',
    name: holidayName(h.rule, year),
    source: holidaySource(h.rule, year),
  };
}

function substituteEntry(
  rules: HolidayRuleSet,
  holiday: HolidayDay,
  epochDay: number,
): CalendarEntry {
  const date = isoDateOf(holiday.epochDay);
  const weekday = weekdayOf(holiday.epochDay);
  const year = yearOf(holiday.epochDay);

  return {
    date: isoDateOf(epochDay),
    kind: 'substitute-day-off',
    name: substituteName(holidayName(holiday.rule, year)),
    source: rules.substituteSource,
    note: `substitute for ${date} (${weekday === 'sat' ? 'Sat' : 'Sun'})`,
  };
}
