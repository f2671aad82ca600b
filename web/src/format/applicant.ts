import type { Applicant } from '../api/types';

/** The applicant's name alone, as a person signs for a result or the case list shows it. */
export function applicantName(applicant: Applicant): string {
  if (applicant.kind === 'organisation') return applicant.name;

  return [applicant.surname, applicant.givenName, applicant.patronymic].filter(Boolean).join(' ');
}
