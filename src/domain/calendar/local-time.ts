import { MS_PER_DAY, type Instant, type IsoDate } from '../shared/time.js';
import { isoDateOf, weekdayOf } from './dates.js';
import type { OfficeHours } from './office-hours.js';
import type { Weekday } from './types.js';

/** An instant as the office sees it; every field is plain JSON. */
export interface LocalMoment {
  /** ISO 8601 with the office's offset, e.g. `2024-06-19T18:30:00+05:00`. */
  readonly instant: string;
  readonly epochMs: number;
  readonly date: IsoDate;
  /** `HH:MM`, with seconds and milliseconds only when they are not zero. */
  readonly time: string;
  readonly weekday: Weekday;
}

/**
 * @example
 *   localMomentOf(Date.parse('2024-06-19T13:30:00Z'), DEFAULT_OFFICE_HOURS);
 *   // { instant: '2024-06-19T18:30:00+05:00', date: '2024-06-19', time: '18:30', … }
 */
export function localMomentOf(at: Instant, hours: OfficeHours): LocalMoment {
  const local = at + hours.offsetMs;
  const epochDay = Math.floor(local / MS_PER_DAY);
  const msOfDay = local - epochDay * MS_PER_DAY;
  const date = isoDateOf(epochDay);

  return {
    instant: `${date}T${clock(msOfDay, true)}${offsetText(hours.utcOffsetMinutes)}`,
    epochMs: at,
    date,
    time: clock(msOfDay, false),
    weekday: weekdayOf(epochDay),
  };
}

/**
 * @example formatInstant(Date.parse('2024-06-19T13:30:00Z'), DEFAULT_OFFICE_HOURS);
 *   // '2024-06-19T18:30:00+05:00'
 */
export function formatInstant(at: Instant, hours: OfficeHours): string {
  return localMomentOf(at, hours).instant;
}

/** `+05:00` for 300 minutes. */
export function offsetText(utcOffsetMinutes: number): string {
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(utcOffsetMinutes);

  return `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** `HH:MM` plus `:SS` (always when `withSeconds`) and `.mmm` when not zero. */
function clock(msOfDay: number, withSeconds: boolean): string {
  const ms = msOfDay % 1000;
  const totalSeconds = Math.floor(msOfDay / 1000);
  const hh = two(Math.floor(totalSeconds / 3600));
  const mm = two(Math.floor(totalSeconds / 60) % 60);
  const ss = totalSeconds % 60;
  const fraction = ms === 0 ? '' : `.${String(ms).padStart(3, '0')}`;

  if (!withSeconds && ss === 0 && ms === 0) return `${hh}:${mm}`;

  return `${hh}:${mm}:${two(ss)}${fraction}`;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}
