import type { Applicant } from './types.js';

/**
 * The applicant's name alone: an organisation's name, or a person's surname, given name and
 * patronymic. The case list shows it, a search finds it, and a person signs for a result by it.
 */
export function applicantName(applicant: Applicant): string {
  if (applicant.kind === 'organisation') return applicant.name;

  return [applicant.surname, applicant.givenName, applicant.patronymic].filter(Boolean).join(' ');
}
