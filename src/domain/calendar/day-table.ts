import { isWeekend } from './dates.js';
import { isDayOffKind } from './entries.js';
import type { CalendarEntry } from './types.js';

/**
 * The calendar flattened into arrays indexed by day (0 = 1 January of the first year), so that
 * every deadline is a few array reads instead of a walk over the days.
 *
 * - `working[i]` is 1 when day i is a working day.
 * - `workingBefore[i]` counts the working days in days 0..i-1 (length dayCount + 1).
 * - `workingDays[k]` is the day index of the k-th working day (k from 0).
 */
export interface DayTable {
  readonly firstEpochDay: number;
  readonly dayCount: number;
  readonly working: Uint8Array;
  readonly workingBefore: Int32Array;
  readonly workingDays: Int32Array;
  readonly entries: readonly (CalendarEntry | undefined)[];
}

/**
 * Builds the table from entries keyed by day index. The entries must already be validated.
 *
 * @example buildDayTable(firstDayOfYear(2015), 4748, new Map([[0, newYear]]));
 */
export function buildDayTable(
  firstEpochDay: number,
  dayCount: number,
  byIndex: ReadonlyMap<number, CalendarEntry>,
): DayTable {
  const working = new Uint8Array(dayCount);
  const workingBefore = new Int32Array(dayCount + 1);
  const entries: (CalendarEntry | undefined)[] = new Array<CalendarEntry | undefined>(dayCount);

  for (let i = 0; i < dayCount; i++) {
    const entry = byIndex.get(i);
    const isWorking =
      entry === undefined ? !isWeekend(firstEpochDay + i) : !isDayOffKind(entry.kind);

    const flag = isWorking ? 1 : 0;

    entries[i] = entry;
    working[i] = flag;
    workingBefore[i + 1] = (workingBefore[i] ?? 0) + flag;
  }

  const workingDays = new Int32Array(workingBefore[dayCount] ?? 0);

  for (let i = 0, k = 0; i < dayCount; i++) {
    if (working[i] === 1) workingDays[k++] = i;
  }

  return { firstEpochDay, dayCount, working, workingBefore, workingDays, entries };
}
