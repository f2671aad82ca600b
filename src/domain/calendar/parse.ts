import { ReglamentError } from '../shared/errors.js';
import {
  LIMIT_UNITS,
  MS_PER_DAY,
  MS_PER_MINUTE,
  isLimitUnit,
  type Instant,
  type Limit,
  type LimitUnit,
} from '../shared/time.js';
import { epochDayOf } from './dates.js';
import { assertLimit } from './limit.js';

/**
 * Text input of the CLI and the API: instants, units and amounts. Every function either
 * returns a checked value or throws the coded error the user will see.
 */

const INSTANT =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses an ISO 8601 instant that states its offset, so that "09:00" can never silently mean
 * the server's zone.
 *
 * @example
 *   parseInstant('2024-06-14T17:00+05:00'); // 1718366400000
 *   parseInstant('2024-06-14T17:00'); // throws INSTANT_WITHOUT_OFFSET
 * @throws ReglamentError INSTANT_WITHOUT_OFFSET, with `reason` saying what is wrong
 */
export function parseInstant(text: string): Instant {
  const match = typeof text === 'string' ? INSTANT.exec(text.trim()) : null;

  if (match === null) throw badInstant(text, 'not an ISO 8601 date and time');

  const [, date = '', hh = '', mm = '', ss = '0', fraction = '', offset] = match;

  if (offset === undefined) throw badInstant(text, 'the offset is missing');

  const day = epochDayOf(date);
  const hour = Number(hh);
  const minute = Number(mm);
  const second = Number(ss);

  if (day === undefined || hour > 23 || minute > 59 || second > 59) {
    throw badInstant(text, 'no such date or time');
  }

  const ms = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const local = day * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + ms;

  return local - offsetMinutes(text, offset) * MS_PER_MINUTE;
}

function offsetMinutes(text: string, offset: string): number {
  if (offset === 'Z' || offset === 'z') return 0;

  const digits = offset.replace(':', '');
  const hours = Number(digits.slice(1, 3));
  const minutes = Number(digits.slice(3, 5));

  if (hours > 14 || minutes > 59) throw badInstant(text, 'no such offset');

  return (offset.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

function badInstant(value: unknown, reason: string): ReglamentError {
  return new ReglamentError('INSTANT_WITHOUT_OFFSET', { value: String(value), reason });
}

/**
 * @example parseLimitUnit('working-days'); // 'working-days'
 * @throws ReglamentError LIMIT_UNIT_UNKNOWN listing the known units
 */
export function parseLimitUnit(text: string): LimitUnit {
  const unit = typeof text === 'string' ? text.trim() : '';

  if (!isLimitUnit(unit)) {
    throw new ReglamentError('LIMIT_UNIT_UNKNOWN', { unit: String(text), allowed: LIMIT_UNITS });
  }

  return unit;
}

/**
 * Parses an amount written as digits (or given as a number) and checks it against the unit's
 * bounds.
 *
 * @example parseLimitAmount('15', 'working-days'); // 15
 * @throws ReglamentError LIMIT_AMOUNT_INVALID for 0, negatives, fractions, text, huge values
 */
export function parseLimitAmount(value: string | number, unit: LimitUnit): number {
  if (typeof value !== 'number' && !/^\s*\d{1,9}\s*$/.test(value)) {
    throw new ReglamentError('LIMIT_AMOUNT_INVALID', { amount: String(value), unit });
  }

  const amount = Number(value);

  assertLimit({ amount, unit });

  return amount;
}

/**
 * @example parseLimit('26', 'calendar-days'); // { amount: 26, unit: 'calendar-days' }
 * @throws ReglamentError LIMIT_UNIT_UNKNOWN or LIMIT_AMOUNT_INVALID
 */
export function parseLimit(amount: string | number, unit: string): Limit {
  const parsedUnit = parseLimitUnit(unit);

  return { amount: parseLimitAmount(amount, parsedUnit), unit: parsedUnit };
}
