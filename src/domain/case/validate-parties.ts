import { iinBirthDate, validateBin, validateIin } from '../identity/iin.js';
import { isIsoDate } from '../shared/reader.js';
import { reject, type Rejection } from '../shared/errors.js';
import { optionalText, requireText } from '../shared/plain-text.js';
import type { IsoDate } from '../shared/time.js';
import type { Applicant, PowerOfAttorney, Representative } from './types.js';

export function validateApplicant(applicant: Applicant, today: IsoDate): Rejection | null {
  if (applicant.kind === 'organisation') {
    return (
      validateBin(applicant.bin, 'applicant.bin') ?? requireText(applicant.name, 'applicant.name')
    );
  }

  const identity =
    applicant.kind === 'person'
      ? (validateIin(applicant.iin, 'applicant.iin') ??
        bornByToday(applicant.iin, today, 'applicant.iin'))
      : (checkCitizenship(applicant.citizenship, 'applicant.citizenship') ??
        checkDocumentNumber(applicant.documentNumber, 'applicant.documentNumber'));

  return (
    identity ??
    requireText(applicant.surname, 'applicant.surname') ??
    requireText(applicant.givenName, 'applicant.givenName') ??
    optionalText(applicant.patronymic, 'applicant.patronymic')
  );
}

/** A passport or identity card number: letters and digits, as printed on the document. */
export function checkDocumentNumber(value: string, field: string): Rejection | null {
  return /^[\p{L}\p{N}][\p{L}\p{N} -]{3,29}$/u.test(value.trim())
    ? null
    : reject('VALIDATION_FAILED', { field, rule: 'format' });
}

/**
 * A foreign citizenship, or "stateless". Kazakhstan itself is refused: its citizens have an IIN
 * and apply with it (Law No. 217-II of 12 January 2007 on national registers of identification
 * numbers).
 */
export function checkCitizenship(value: string, field: string): Rejection | null {
  const invalid = requireText(value, field);

  if (invalid !== null) return invalid;

  return KAZAKHSTAN.has(comparable(value)) ? reject('CITIZEN_NEEDS_IIN', { field }) : null;
}

/** How Kazakhstan is written in a citizenship field, in the three languages and as codes. */
const KAZAKHSTAN = new Set([
  'kz',
  'kaz',
  'rk',
  'kazakhstan',
  'republic of kazakhstan',
  'the republic of kazakhstan',
  'қазақстан',
  'қазақстан республикасы',
  'қр',
  'казахстан',
  'республика казахстан',
  'рк',
  'kazakhstan respublikasy',
  'qazaqstan',
  'qazaqstan respublikasy',
]);

/**
 * Lowercase words of letters and digits, single-spaced: `«Қазақстан  Республикасы»` compares as
 * `қазақстан республикасы`.
 */
function comparable(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An IIN that encodes a birth after today belongs to nobody who can apply today. */
function bornByToday(iin: string, today: IsoDate, field: string): Rejection | null {
  const born = iinBirthDate(iin);

  return born !== null && born > today ? reject('IIN_BIRTH_DATE', { field }) : null;
}

/**
 * A power of attorney needs a number and a date: not after today, and within the three years
 * a power of attorney can last at most (Civil Code of the Republic of Kazakhstan, art. 166).
 */
export function validatePowerOfAttorney(
  poa: PowerOfAttorney,
  today: IsoDate,
  field: string,
): Rejection | null {
  const date = `${field}.date`;

  if (poa.number.trim() === '') return reject('ATTORNEY_REQUIRED', { field: `${field}.number` });
  if (!isIsoDate(poa.date)) return reject('VALIDATION_FAILED', { field: date, rule: 'format' });
  if (poa.date > today) return reject('DATE_IN_FUTURE', { field: date, notAfter: today });
  if (poa.date < addYears(today, -3)) return reject('POWER_OF_ATTORNEY_EXPIRED', { field: date });

  return requireText(poa.number, `${field}.number`);
}

function addYears(date: IsoDate, years: number): IsoDate {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

export function validateRepresentative(
  rep: Representative | null,
  applicant: Applicant,
  today: IsoDate,
): Rejection | null {
  if (rep === null) return null;
  if (applicant.kind === 'person' && applicant.iin === rep.iin) {
    return reject('REPRESENTATIVE_IS_APPLICANT', { field: 'representative.iin' });
  }

  return (
    requireText(rep.fullName, 'representative.fullName') ??
    validateIin(rep.iin, 'representative.iin') ??
    bornByToday(rep.iin, today, 'representative.iin') ??
    validatePowerOfAttorney(rep.powerOfAttorney, today, 'representative.powerOfAttorney')
  );
}
