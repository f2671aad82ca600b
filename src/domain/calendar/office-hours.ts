import { ReglamentError } from '../shared/errors.js';
import { MS_PER_MINUTE } from '../shared/time.js';
import type { OfficeHoursDefinition, OfficeSegmentDefinition } from './types.js';

/** One stretch of office time, in milliseconds from local midnight. */
export interface OfficeSegment {
  readonly startMs: number;
  readonly endMs: number;
  /** Office time in the segments before this one. */
  readonly workedBeforeMs: number;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Kazakhstan's UTC offsets lie between +4 and +6; the bounds only reject nonsense. */
const OFFSET_MIN = -12 * 60;
const OFFSET_MAX = 14 * 60;

/**
 * A provider's office hours, validated and prepared for arithmetic. Deadlines in working
 * minutes count only time inside these segments; day terms end at the close of the last one.
 *
 * @example
 *   const hours = OfficeHours.from({
 *     zone: 'Asia/Atyrau',
 *     utcOffsetMinutes: 300,
 *     segments: [{ start: '09:00', end: '13:00' }, { start: '14:30', end: '18:30' }],
 *   });
 *   hours.workingMinutesPerDay; // 480
 */
export class OfficeHours {
  readonly zone: string;
  readonly utcOffsetMinutes: number;
  readonly offsetMs: number;
  readonly segments: readonly OfficeSegment[];
  readonly workingMsPerDay: number;
  readonly openMs: number;
  readonly closeMs: number;
  private readonly definition: OfficeHoursDefinition;

  private constructor(definition: OfficeHoursDefinition, segments: readonly OfficeSegment[]) {
    const last = segments[segments.length - 1];

    this.definition = definition;
    this.zone = definition.zone;
    this.utcOffsetMinutes = definition.utcOffsetMinutes;
    this.offsetMs = definition.utcOffsetMinutes * MS_PER_MINUTE;
    this.segments = segments;
    this.openMs = segments[0]?.startMs ?? 0;
    this.closeMs = last?.endMs ?? 0;
    this.workingMsPerDay = (last?.workedBeforeMs ?? 0) + this.closeMs - (last?.startMs ?? 0);
  }

  /**
   * Validates a definition: a zone name, a whole-minute offset, and one or more `HH:MM`
   * segments in order, each ending after it starts, none overlapping, all before midnight.
   *
   * @throws ReglamentError OFFICE_HOURS_INVALID naming the first problem
   */
  static from(definition: OfficeHoursDefinition): OfficeHours {
    assertZoneAndOffset(definition);

    const segments = toSegments(definition.segments);
    const copy: OfficeHoursDefinition = {
      zone: definition.zone,
      utcOffsetMinutes: definition.utcOffsetMinutes,
      segments: definition.segments.map((s) => ({ start: s.start, end: s.end })),
    };

    return new OfficeHours(copy, segments);
  }

  /** @example DEFAULT_OFFICE_HOURS.workingMinutesPerDay; // 480 */
  get workingMinutesPerDay(): number {
    return this.workingMsPerDay / MS_PER_MINUTE;
  }

  /** The plain data, for storage or an API answer. */
  toDefinition(): OfficeHoursDefinition {
    return this.definition;
  }

  /**
   * Office time elapsed in a day before the given moment of it.
   *
   * @example DEFAULT_OFFICE_HOURS.workedBefore(10 * 3_600_000); // 3_600_000 (09:00–10:00)
   */
  workedBefore(msOfDay: number): number {
    let worked = 0;

    for (const s of this.segments) {
      if (msOfDay <= s.startMs) return worked;

      if (msOfDay < s.endMs) return s.workedBeforeMs + msOfDay - s.startMs;

      worked = s.workedBeforeMs + s.endMs - s.startMs;
    }

    return worked;
  }

  /**
   * The earliest moment of a day at which `worked` (0 < worked ≤ a day's office time) has
   * elapsed. A segment's end wins over the next segment's start, so an amount that runs out at
   * 13:00 ends at 13:00, not at 14:30.
   */
  momentOfWorked(worked: number): number {
    for (const s of this.segments) {
      const length = s.endMs - s.startMs;

      if (worked <= s.workedBeforeMs + length) return s.startMs + worked - s.workedBeforeMs;
    }

    return this.closeMs;
  }

  /**
   * The moment counting resumes at or after a moment of a day: the moment itself inside a
   * segment, the next segment's start outside, or `undefined` after closing.
   */
  resumeAt(msOfDay: number): number | undefined {
    for (const s of this.segments) {
      if (msOfDay < s.startMs) return s.startMs;

      if (msOfDay < s.endMs) return msOfDay;
    }

    return undefined;
  }
}

function assertZoneAndOffset(definition: OfficeHoursDefinition): void {
  const offset = definition.utcOffsetMinutes;

  if (typeof definition.zone !== 'string' || definition.zone.trim() === '') {
    throw new ReglamentError('OFFICE_HOURS_INVALID', { field: 'zone' });
  }

  if (!Number.isInteger(offset) || offset < OFFSET_MIN || offset > OFFSET_MAX) {
    throw new ReglamentError('OFFICE_HOURS_INVALID', { field: 'utcOffsetMinutes' });
  }
}

function toSegments(definitions: readonly OfficeSegmentDefinition[]): OfficeSegment[] {
  // The definition may come from JSON, so the type is not trusted here.
  const list: unknown = definitions;

  if (!Array.isArray(list) || definitions.length === 0) {
    throw new ReglamentError('OFFICE_HOURS_INVALID', { field: 'segments' });
  }

  const segments: OfficeSegment[] = [];
  let worked = 0;
  let previousEnd = -1;

  definitions.forEach((d, i) => {
    const startMs = msOfHhMm(d?.start, `segments[${i}].start`);
    const endMs = msOfHhMm(d?.end, `segments[${i}].end`);

    if (startMs >= endMs || startMs < previousEnd) {
      throw new ReglamentError('OFFICE_HOURS_INVALID', { field: `segments[${i}]` });
    }

    segments.push({ startMs, endMs, workedBeforeMs: worked });
    worked += endMs - startMs;
    previousEnd = endMs;
  });

  return segments;
}

function msOfHhMm(text: string | undefined, field: string): number {
  const match = typeof text === 'string' ? HH_MM.exec(text) : null;

  if (match === null)
    throw new ReglamentError('OFFICE_HOURS_INVALID', { field, value: String(text) });

  return (Number(match[1]) * 60 + Number(match[2])) * MS_PER_MINUTE;
}

/**
 * The national public-service schedule (09:00–18:30 with lunch 13:00–14:30) in Atyrau's zone.
 * No Atyrau-specific act was found, so an office with other hours defines its own.
 */
export const DEFAULT_OFFICE_HOURS: OfficeHours = OfficeHours.from({
  zone: 'Asia/Atyrau',
  utcOffsetMinutes: 300,
  segments: [
    { start: '09:00', end: '13:00' },
    { start: '14:30', end: '18:30' },
  ],
});
