import { validateApplicant } from '../../../src/domain/case/validate-parties';
import type { ForeignPersonApplicant } from '../api/types';
import { type Problem, problem } from './problem';

/** Stand-ins for a foreigner's other fields, each valid, so that only the number is judged. */
const PLACEHOLDER: Omit<ForeignPersonApplicant, 'documentNumber'> = {
  kind: 'foreign-person',
  surname: 'A',
  givenName: 'A',
  citizenship: 'A',
};

/**
 * The number of a foreigner's identity document, by the server's own check of an applicant
 * (src/domain/case/validate-parties.ts): 4 to 30 letters, digits, spaces or hyphens, starting
 * with a letter or digit. That check judges the whole applicant, so it runs on a foreigner
 * whose other fields are valid stand-ins; a foreigner has no IIN, so the date is never read.
 */
export function documentNumberProblem(documentNumber: string, today: string): Problem | null {
  const rejection = validateApplicant({ ...PLACEHOLDER, documentNumber }, today);

  return rejection === null ? null : problem('documentNumber');
}
