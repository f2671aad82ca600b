import { MS_PER_DAY, type IsoDate } from '../shared/time.js';
import { WEEKDAYS, type Weekday } from './types.js';

/**
 * Civil dates as whole days since 1970-01-01 ("epoch days"), so that date arithmetic is integer
 * arithmetic. These helpers know nothing about zones: an epoch day names a local date.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The epoch day of an ISO date, or `undefined` when the text is not a real date.
 *
 * @example
 *   epochDayOf('1970-01-02'); // 1
 *   epochDayOf('2023-02-29'); // undefined
 */
export function epochDayOf(date: string): number | undefined {
  const match = ISO_DATE.exec(date);

  if (match === null) return undefined;

  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);

  // Date.UTC rolls 2023-02-29 over to 1 March; a round trip catches that.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1) return undefined;
  if (check.getUTCDate() !== day) return undefined;

  return ms / MS_PER_DAY;
}

/** @example isoDateOf(1); // '1970-01-02' */
export function isoDateOf(epochDay: number): IsoDate {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The epoch day of 1 January of a year. */
export function firstDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / MS_PER_DAY;
}

/** Monday is 0 and Sunday is 6; 1970-01-01 was a Thursday. */
export function weekdayIndexOf(epochDay: number): number {
  return (((epochDay + 3) % 7) + 7) % 7;
}

/** @example weekdayOf(0); // 'thu' */
export function weekdayOf(epochDay: number): Weekday {
  return WEEKDAYS[weekdayIndexOf(epochDay)] ?? 'mon';
}

export function isWeekend(epochDay: number): boolean {
  return weekdayIndexOf(epochDay) >= 5;
}

/** The calendar year of an epoch day. */
export function yearOf(epochDay: number): number {
  return new Date(epochDay * MS_PER_DAY).getUTCFullYear();
}
