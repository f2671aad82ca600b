import { validateBin, validateIin } from '../identity/iin.js';
import { isIsoDate } from '../shared/reader.js';
import { reject, type Rejection } from '../shared/errors.js';
import type { IsoDate } from '../shared/time.js';
import type { Applicant, PowerOfAttorney, Representative } from './types.js';

const NAME_MAX = 200;

/** Checks a required text: present, not blank, not absurdly long. */
export function requireText(value: string | undefined, field: string): Rejection | null {
  if (value === undefined || value.trim() === '' || value.length > NAME_MAX * 10) {
    return reject('VALIDATION_FAILED', { field });
  }

  return null;
}

export function validateApplicant(applicant: Applicant): Rejection | null {
  if (applicant.kind === 'organisation') {
    return (
      validateBin(applicant.bin, 'applicant.bin') ?? requireText(applicant.name, 'applicant.name')
    );
  }

  return (
    validateIin(applicant.iin, 'applicant.iin') ??
    requireText(applicant.surname, 'applicant.surname') ??
    requireText(applicant.givenName, 'applicant.givenName')
  );
}

/** A power of attorney needs a number and a date that is not after today. */
export function validatePowerOfAttorney(
  poa: PowerOfAttorney,
  today: IsoDate,
  field: string,
): Rejection | null {
  if (poa.number.trim() === '') return reject('ATTORNEY_REQUIRED', { field: `${field}.number` });
  if (!isIsoDate(poa.date)) return reject('VALIDATION_FAILED', { field: `${field}.date` });
  if (poa.date > today) return reject('DATE_ORDER', { field: `${field}.date`, notAfter: today });

  return null;
}

export function validateRepresentative(
  rep: Representative | null,
  today: IsoDate,
): Rejection | null {
  if (rep === null) return null;

  return (
    requireText(rep.fullName, 'representative.fullName') ??
    validateIin(rep.iin, 'representative.iin') ??
    validatePowerOfAttorney(rep.powerOfAttorney, today, 'representative.powerOfAttorney')
  );
}
