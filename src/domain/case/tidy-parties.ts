import type { Applicant, Representative } from './types.js';

/**
 * The parties as the record keeps them: without the spaces a paste leaves around a name or a
 * number, and with single spaces inside a document number, so that one passport is on file in
 * one form and a search by it finds every case.
 */
export function tidyApplicant(applicant: Applicant): Applicant {
  const tidy = trimmed(applicant);

  if (tidy.kind !== 'foreign-person') return tidy;

  return { ...tidy, documentNumber: tidy.documentNumber.replace(/\s+/gu, ' ') };
}

export function tidyRepresentative(rep: Representative | null): Representative | null {
  if (rep === null) return null;

  return { ...trimmed(rep), powerOfAttorney: trimmed(rep.powerOfAttorney) };
}

/** The same record with each of its own text fields trimmed. */
function trimmed<T extends object>(record: T): T {
  const entries = Object.entries(record).map(([key, value]: [string, unknown]) => [
    key,
    typeof value === 'string' ? value.trim() : value,
  ]);

  return Object.fromEntries(entries) as T;
}
