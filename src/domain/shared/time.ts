/**
 * Time values used across the domain. Instants are UTC epoch milliseconds; local dates are
 * ISO `YYYY-MM-DD` strings in the provider's zone. Durations carry their unit in their name.
 */
export type Instant = number;
export type IsoDate = string;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

/** A port: the only way domain and application code learn the current instant. */
export interface Clock {
  now(): Instant;
}

export type LimitUnit = 'working-minutes' | 'working-days' | 'calendar-days';

export const LIMIT_UNITS: readonly LimitUnit[] = [
  'working-minutes',
  'working-days',
  'calendar-days',
];

/** A statutory time limit as the regulation states it: "within 26 calendar days". */
export interface Limit {
  readonly amount: number;
  readonly unit: LimitUnit;
}

export function isLimitUnit(value: string): value is LimitUnit {
  return (LIMIT_UNITS as readonly string[]).includes(value);
}
