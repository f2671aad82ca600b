import { reject, type Rejection } from '../shared/errors.js';

const WEIGHTS_FIRST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const WEIGHTS_SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/**
 * The check digit of a 12-digit Kazakhstan IIN or BIN: the weighted sum of the first eleven
 * digits modulo 11, with a second set of weights when the first gives 10. Returns null when the
 * second pass gives 10 as well; such numbers are never issued.
 */
export function checkDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const pass = (weights: number[]): number =>
    digits.reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0) % 11;
  const first = pass(WEIGHTS_FIRST);

  if (first !== 10) return first;

  const second = pass(WEIGHTS_SECOND);

  return second === 10 ? null : second;
}

/** Century of birth per the 7th digit: 1-2 for the 1800s, 3-4 for the 1900s, 5-6 for 2000s. */
const CENTURY: Readonly<Record<string, number>> = {
  '1': 1800,
  '2': 1800,
  '3': 1900,
  '4': 1900,
  '5': 2000,
  '6': 2000,
};

/**
 * The birth date an IIN encodes, or null when it encodes none (a malformed IIN).
 *
 * @example iinBirthDate('850715401236'); // '1985-07-15'
 */
export function iinBirthDate(iin: string): string | null {
  const century = CENTURY[iin[6] ?? ''];

  if (!/^\d{12}$/.test(iin) || century === undefined) return null;

  const year = century + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  const birth = new Date(Date.UTC(year, month - 1, day));

  if (birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return null;

  return birth.toISOString().slice(0, 10);
}

/**
 * Validates an individual identification number (ИИН / ЖСН): 12 digits, a birth date in the
 * first six with its century in the seventh, and the check digit.
 *
 * @example
 *   validateIin('900101300009', 'applicant.iin') // rejection or null
 */
export function validateIin(iin: string, field: string): Rejection | null {
  if (!/^\d{12}$/.test(iin)) return reject('IIN_MALFORMED', { field });
  if (iinBirthDate(iin) === null) return reject('IIN_BIRTH_DATE', { field });

  return checkDigit(iin.slice(0, 11)) === Number(iin[11])
    ? null
    : reject('IIN_CHECKSUM', { field });
}

/**
 * Validates a business identification number (БИН / БСН): 12 digits, registration year and
 * month in the first four, the entity type (4, 5 or 6) in the fifth, and the check digit.
 */
export function validateBin(bin: string, field: string): Rejection | null {
  const month = Number(bin.slice(2, 4));

  if (!/^\d{12}$/.test(bin) || month < 1 || month > 12 || !'456'.includes(bin[4]!)) {
    return reject('BIN_MALFORMED', { field });
  }

  return checkDigit(bin.slice(0, 11)) === Number(bin[11])
    ? null
    : reject('BIN_CHECKSUM', { field });
}
