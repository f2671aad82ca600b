import { validatePowerOfAttorney } from '../../../src/domain/case/validate-parties';
import { formatDate } from '../format/dates';
import { type Problem, problem } from './problem';

/**
 * A power of attorney's date, by the server's rule (src/domain/case/validate-parties.ts): not
 * after the office's date, and not older than the three years a power of attorney can last.
 * The number has a rule of its own; a placeholder stands in for it so only the date is judged.
 */
export function attorneyDateProblem(date: string, today: string): Problem | null {
  const rejection = validatePowerOfAttorney({ number: '1', date }, today, 'poa');

  switch (rejection?.code) {
    case undefined:
      return null;
    case 'DATE_IN_FUTURE':
      return problem('future', { date: formatDate(today) });
    case 'POWER_OF_ATTORNEY_EXPIRED':
      return problem('attorneyExpired');
    default:
      return problem('date');
  }
}
