import { checkCitizenship, checkDocumentNumber } from '../../../src/domain/case/validate-parties';
import { type Problem, problem } from './problem';
import { textProblem } from './plain-text';

/**
 * The number of a foreigner's identity document, by the server's own check
 * (src/domain/case/validate-parties.ts): 4 to 30 letters, digits, spaces or hyphens, starting
 * with a letter or digit.
 */
export function documentNumberProblem(documentNumber: string): Problem | null {
  return checkDocumentNumber(documentNumber, 'documentNumber') === null
    ? null
    : problem('documentNumber');
}

/** A foreign citizenship by the server's own check: Kazakhstan's citizens apply with an IIN. */
export function citizenshipProblem(citizenship: string): Problem | null {
  const rejection = checkCitizenship(citizenship, 'citizenship');

  if (rejection === null) return null;

  return rejection.code === 'CITIZEN_NEEDS_IIN'
    ? problem('citizenNeedsIin')
    : textProblem(rejection);
}
