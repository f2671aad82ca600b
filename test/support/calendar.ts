import type { WorkingTime } from '../../src/application/working-time.js';
import { loadWorkCalendar } from '../../src/adapters/calendar-files.js';
import { workingTimeOf } from '../../src/adapters/calendar/working-time.js';
import { DEFAULT_OFFICE_HOURS } from '../../src/domain/calendar/index.js';

let shared: Promise<WorkingTime> | null = null;

/** The shipped Kazakhstan calendar with the default office hours, loaded once per test file. */
export function shippedWorkingTime(): Promise<WorkingTime> {
  shared ??= loadWorkCalendar().then((calendar) => workingTimeOf(calendar, DEFAULT_OFFICE_HOURS));

  return shared;
}

/** A local Atyrau time written `2019-03-04 09:12` as an instant. */
export function atyrau(local: string): number {
  return Date.parse(`${local.replace(' ', 'T')}:00+05:00`);
}
