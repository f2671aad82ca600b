/**
 * The checks of Kazakhstan's 12-digit identification numbers, the same the server makes
 * (src/domain/identity/iin.ts), so that a wrong number is caught at the field before sending.
 * Each returns the key of the message to show, or null when the number is valid.
 */

const WEIGHTS_FIRST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const WEIGHTS_SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The 7th digit of an IIN gives the century of birth and the sex. */
const CENTURY: Readonly<Record<string, number>> = {
  '1': 1800,
  '2': 1800,
  '3': 1900,
  '4': 1900,
  '5': 2000,
  '6': 2000,
};

export type IdentityProblem =
  'iinLength' | 'iinDate' | 'iinChecksum' | 'binLength' | 'binFormat' | 'binChecksum';

/** The weighted sum modulo 11; a second weighting when the first gives 10; null if again 10. */
export function checkDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const pass = (weights: readonly number[]): number =>
    digits.reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0) % 11;
  const first = pass(WEIGHTS_FIRST);

  if (first !== 10) return first;

  const second = pass(WEIGHTS_SECOND);

  return second === 10 ? null : second;
}

function checksumMatches(number: string): boolean {
  return checkDigit(number.slice(0, 11)) === Number(number[11]);
}

export function iinProblem(iin: string): IdentityProblem | null {
  if (!/^\d{12}$/.test(iin)) return 'iinLength';

  const century = CENTURY[iin[6] ?? ''];
  const year = (century ?? 0) + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  const birth = new Date(Date.UTC(year, month - 1, day));

  if (century === undefined || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) {
    return 'iinDate';
  }

  return checksumMatches(iin) ? null : 'iinChecksum';
}

export function binProblem(bin: string): IdentityProblem | null {
  if (!/^\d{12}$/.test(bin)) return 'binLength';

  const month = Number(bin.slice(2, 4));

  if (month < 1 || month > 12 || !'456'.includes(bin[4] ?? '')) return 'binFormat';

  return checksumMatches(bin) ? null : 'binChecksum';
}
