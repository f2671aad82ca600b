import { ReglamentError } from '../shared/errors.js';
import { Reader } from '../shared/reader.js';
import type { Localized } from '../shared/text.js';
import { epochDayOf, weekdayIndexOf, weekdayOf } from './dates.js';
import {
  CALENDAR_ENTRY_KINDS,
  LEGAL_SOURCE_KINDS,
  type CalendarEntry,
  type CalendarEntryKind,
  type LegalSource,
} from './types.js';

/**
 * Whether an entry of this kind makes its date a day off (as opposed to a working day).
 *
 * @example isDayOffKind('substitute-day-off'); // true
 */
export function isDayOffKind(kind: CalendarEntryKind): boolean {
  return kind.endsWith('-day-off');
}

/**
 * Reads a legal source from untyped JSON, recording problems in the reader.
 *
 * @example readLegalSource(new Reader(), json.source, 'entries[3].source');
 */
export function readLegalSource(r: Reader, value: unknown, path: string): LegalSource {
  const o = r.object(value, path);
  const reference = r.optionalString(o.reference, `${path}.reference`);
  const url = r.optionalString(o.url, `${path}.url`);
  const titles = o.titles === undefined ? undefined : r.localized(o.titles, `${path}.titles`);
  const references =
    o.references === undefined ? undefined : r.localized(o.references, `${path}.references`);

  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) r.fail(`${path}.url`, 'must be a URL');

  return {
    kind: r.oneOf(o.kind, `${path}.kind`, LEGAL_SOURCE_KINDS),
    title: r.string(o.title, `${path}.title`),
    ...(titles === undefined ? {} : { titles }),
    ...(reference === undefined ? {} : { reference }),
    ...(references === undefined ? {} : { references }),
    ...(url === undefined ? {} : { url }),
  };
}

/** Reads one calendar entry from untyped JSON, recording problems in the reader. */
export function readCalendarEntry(r: Reader, value: unknown, path: string): CalendarEntry {
  const o = r.object(value, path);
  const note = r.optionalString(o.note, `${path}.note`);

  return {
    date: r.isoDate(o.date, `${path}.date`),
    kind: r.oneOf(o.kind, `${path}.kind`, CALENDAR_ENTRY_KINDS),
    name: r.localized(o.name, `${path}.name`),
    source: readLegalSource(r, o.source, `${path}.source`),
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * Checks the shape of an entry handed in by code (an administrator's correction, say) and
 * returns a clean copy without unknown fields.
 *
 * @example
 *   validateEntry({ date: '2027-05-17', kind: 'holiday-day-off', name, source });
 * @throws ReglamentError CALENDAR_ENTRY_INVALID listing every problem found
 */
export function validateEntry(value: unknown): CalendarEntry {
  const r = new Reader();
  const entry = readCalendarEntry(r, value, 'entry');

  if (r.problems.length > 0) {
    throw new ReglamentError('CALENDAR_ENTRY_INVALID', {
      problems: r.problems.map((p) => `${p.path} ${p.problem}`),
    });
  }

  return entry;
}

/**
 * Checks that the kind fits the day of the week: a working Saturday must be a Saturday, a
 * substitute or transferred day off must be a weekday (a weekend day is off already), and a
 * working weekday must be Monday to Friday. Holidays may fall on any day.
 *
 * @example assertKindFitsWeekday({ date: '2020-01-05', kind: 'working-sunday', ... }); // passes
 * @throws ReglamentError CALENDAR_CONFLICT naming the date, kind and weekday
 */
export function assertKindFitsWeekday(entry: CalendarEntry): void {
  const day = epochDayOf(entry.date) ?? 0;
  const weekday = weekdayIndexOf(day);
  const fits = WEEKDAY_FIT[entry.kind](weekday);

  if (!fits) {
    throw new ReglamentError('CALENDAR_CONFLICT', {
      date: entry.date,
      kind: entry.kind,
      weekday: weekdayOf(day),
      reason: 'kind does not fit the day of the week',
    });
  }
}

const WEEKDAY_FIT: Readonly<Record<CalendarEntryKind, (weekday: number) => boolean>> = {
  'holiday-day-off': () => true,
  'substitute-day-off': (w) => w < 5,
  'transferred-day-off': (w) => w < 5,
  'working-saturday': (w) => w === 5,
  'working-sunday': (w) => w === 6,
  'working-weekday': (w) => w < 5,
};

/** Two entries say the same thing about their date, field by field. */
export function sameEntry(a: CalendarEntry, b: CalendarEntry): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(e: CalendarEntry): unknown[] {
  const s = e.source;

  return [
    e.date,
    e.kind,
    e.name.kk,
    e.name.ru,
    e.name.en,
    s.kind,
    s.title,
    s.titles?.kk,
    s.titles?.ru,
    s.titles?.en,
    s.reference,
    s.references?.kk,
    s.references?.ru,
    s.references?.en,
    s.url,
    e.note,
  ];
}

/**
 * An act's title in a language, falling back to the English title for sources recorded
 * without translations.
 */
export function sourceTitle(source: LegalSource, lang: keyof Localized): string {
  return source.titles?.[lang] ?? source.title;
}

/** The act's number, date and article in a language, or in English where not translated. */
function sourceReference(source: LegalSource, lang: keyof Localized): string | undefined {
  return source.references?.[lang] ?? source.reference;
}

/**
 * The act as a deadline's explanation or the calendar cites it: its title, then its number,
 * date and article.
 *
 * @example citeSource(law, 'ru'); // '… «О праздниках …», от 13 декабря 2001 года № 267-II, статья 5'
 */
export function citeSource(source: LegalSource, lang: keyof Localized): string {
  const reference = sourceReference(source, lang);

  return [sourceTitle(source, lang), ...(reference === undefined ? [] : [reference])].join(', ');
}
