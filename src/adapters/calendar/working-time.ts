import type { StepSla, WorkingTime } from '../../application/working-time.js';
import {
  deadline,
  DEFAULT_DUE_SOON,
  explainDeadline,
  formatInstant,
  localMomentOf,
  type DueSoonThreshold,
  type OfficeHours,
  slaState,
  type WorkCalendar,
} from '../../domain/calendar/index.js';

/** The use cases' view of one calendar and one provider's office hours. */
export function workingTimeOf(
  calendar: WorkCalendar,
  hours: OfficeHours,
  dueSoon: DueSoonThreshold = DEFAULT_DUE_SOON,
): WorkingTime {
  const definition = hours.toDefinition();

  return {
    zone: definition.zone,
    utcOffsetMinutes: definition.utcOffsetMinutes,
    firstYear: calendar.firstYear,
    lastYear: calendar.lastYear,
    calendar,
    officeHours: definition,
    deadline: (from, limit) => deadline(calendar, hours, from, limit),
    explain: (from, limit) => explainDeadline(calendar, hours, from, limit),
    sla: (now, step): StepSla =>
      slaState(calendar, hours, {
        now,
        startedAt: step.startedAt,
        due: step.dueAt,
        limit: step.limit,
        dueSoonThreshold: dueSoon,
      }),
    localDate: (at) => localMomentOf(at, hours).date,
    format: (at) => formatInstant(at, hours),
  };
}
