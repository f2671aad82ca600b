import type {
  DeadlineExplanation,
  OfficeHoursDefinition,
  WorkCalendar,
} from '../domain/calendar/index.js';
import type { Actor, DecisionContext } from '../domain/case/index.js';
import type { ServiceVersion } from '../domain/regulation/types.js';
import type { Instant, IsoDate, Limit } from '../domain/shared/time.js';

/** How an open step stands against its deadline. */
export interface StepSla {
  readonly state: 'on-time' | 'due-soon' | 'overdue';
  readonly left: { readonly amount: number; readonly unit: Limit['unit'] };
}

/**
 * The working calendar and office hours the use cases count in. A port: the calendar can be
 * corrected by an administrator at run time, so use cases ask for the current one each time.
 */
export interface WorkingTime {
  readonly zone: string;
  readonly utcOffsetMinutes: number;
  readonly firstYear: number;
  readonly lastYear: number;
  /** The calendar counted in: an administrator's correction is checked against it. */
  readonly calendar: WorkCalendar;
  /** The provider's office hours the arithmetic counts in. */
  readonly officeHours: OfficeHoursDefinition;
  deadline(from: Instant, limit: Limit): Instant;
  /** A JSON-serialisable account of how the deadline was counted. */
  explain(from: Instant, limit: Limit): DeadlineExplanation;
  sla(now: Instant, step: { startedAt: Instant; dueAt: Instant; limit: Limit }): StepSla;
  localDate(at: Instant): IsoDate;
  /** ISO 8601 with the provider's offset, e.g. `2019-03-04T09:30:00+05:00`. */
  format(at: Instant): string;
}

/**
 * What the case engine consults for one decision: the instant, the actor, the regulation
 * version, and the calendar's arithmetic.
 */
export function decisionContext(
  time: WorkingTime,
  now: Instant,
  actor: Actor,
  version: ServiceVersion,
): DecisionContext {
  return {
    now,
    actor,
    version,
    deadline: (from, limit) => time.deadline(from, limit),
    localDate: (at) => time.localDate(at),
  };
}
