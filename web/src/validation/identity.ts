import { iinBirthDate, validateBin, validateIin } from '../../../src/domain/identity/iin';
import type { ErrorCode, Rejection } from '../../../src/domain/shared/errors';
import { formatDate } from '../format/dates';
import { type Problem, problem } from './problem';

/**
 * Kazakhstan's 12-digit identification numbers, checked at the field by the server's own code
 * (src/domain/identity/iin.ts) so that a wrong number is caught before sending and the two
 * checks cannot disagree.
 */

type IdentityKey = 'iinLength' | 'iinDate' | 'iinChecksum' | 'binFormat' | 'binChecksum';

const MESSAGES: Partial<Record<ErrorCode, IdentityKey>> = {
  IIN_MALFORMED: 'iinLength',
  IIN_BIRTH_DATE: 'iinDate',
  IIN_CHECKSUM: 'iinChecksum',
  BIN_MALFORMED: 'binFormat',
  BIN_CHECKSUM: 'binChecksum',
};

const TWELVE_DIGITS = /^\d{12}$/;

/**
 * An IIN's problem. Given the office's date, a person born after it is refused as well: the
 * server refuses an applicant or representative whose IIN encodes a later birth date.
 */
export function iinProblem(iin: string, today?: string): Problem | null {
  const rejection = validateIin(iin, 'iin');

  if (rejection !== null) return identityProblem(rejection, 'iinLength');
  if (today === undefined) return null;

  const born = iinBirthDate(iin);

  return born !== null && born > today
    ? problem('iinBornLater', { date: formatDate(today) })
    : null;
}

export function binProblem(bin: string): Problem | null {
  // The domain has one code for any malformed BIN; the clerk is told a short number apart
  // from a wrong registration month or entity type.
  if (!TWELVE_DIGITS.test(bin)) return problem('binLength');

  const rejection = validateBin(bin, 'bin');

  return rejection === null ? null : identityProblem(rejection, 'binFormat');
}

/** The message for the domain's rejection of an IIN or BIN; `fallback` for any other code. */
export function identityProblem(rejection: Rejection, fallback: IdentityKey): Problem {
  return problem(MESSAGES[rejection.code] ?? fallback);
}
