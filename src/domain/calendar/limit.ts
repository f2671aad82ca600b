import { ReglamentError } from '../shared/errors.js';
import { isLimitUnit, type Limit, type LimitUnit } from '../shared/time.js';

/**
 * The largest amount accepted per unit: about 200 working days of minutes, four years of
 * working days, ten years of calendar days. Anything larger is a typo in a regulation.
 */
export const LIMIT_MAX: Readonly<Record<LimitUnit, number>> = {
  'working-minutes': 100_000,
  'working-days': 1_000,
  'calendar-days': 3_650,
};

/**
 * Checks a limit that may come from outside the type system (JSON, a CLI argument).
 *
 * @example assertLimit({ amount: 15, unit: 'working-days' }); // passes
 * @throws ReglamentError LIMIT_UNIT_UNKNOWN, or LIMIT_AMOUNT_INVALID for an amount that is not
 *   a whole number from 1 to the unit's maximum
 */
export function assertLimit(limit: Limit): void {
  const unit: string = limit.unit;

  if (typeof unit !== 'string' || !isLimitUnit(unit)) {
    throw new ReglamentError('LIMIT_UNIT_UNKNOWN', { unit: String(unit) });
  }

  const amount = limit.amount;
  const max = LIMIT_MAX[unit];

  if (!Number.isInteger(amount) || amount < 1 || amount > max) {
    throw new ReglamentError('LIMIT_AMOUNT_INVALID', { amount: String(amount), unit, max });
  }
}
