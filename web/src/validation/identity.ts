import { validateBin, validateIin } from '../../../src/domain/identity/iin';
import type { ErrorCode, Rejection } from '../../../src/domain/shared/errors';

/**
 * Kazakhstan's 12-digit identification numbers, checked at the field by the server's own code
 * (src/domain/identity/iin.ts) so that a wrong number is caught before sending and the two
 * checks cannot disagree. Each function returns the key of the message to show, or null.
 */

export type IdentityProblem =
  'iinLength' | 'iinDate' | 'iinChecksum' | 'binLength' | 'binFormat' | 'binChecksum';

const MESSAGES: Partial<Record<ErrorCode, IdentityProblem>> = {
  IIN_MALFORMED: 'iinLength',
  IIN_BIRTH_DATE: 'iinDate',
  IIN_CHECKSUM: 'iinChecksum',
  BIN_MALFORMED: 'binFormat',
  BIN_CHECKSUM: 'binChecksum',
};

const TWELVE_DIGITS = /^\d{12}$/;

export function iinProblem(iin: string): IdentityProblem | null {
  return messageOf(validateIin(iin, 'iin'), 'iinLength');
}

export function binProblem(bin: string): IdentityProblem | null {
  // The domain has one code for any malformed BIN; the clerk is told a short number apart
  // from a wrong registration month or entity type.
  if (!TWELVE_DIGITS.test(bin)) return 'binLength';

  return messageOf(validateBin(bin, 'bin'), 'binFormat');
}

function messageOf(rejection: Rejection | null, fallback: IdentityProblem): IdentityProblem | null {
  return rejection === null ? null : (MESSAGES[rejection.code] ?? fallback);
}
