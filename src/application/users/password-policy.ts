import { ReglamentError } from '../../domain/shared/errors.js';

/** Long enough to resist guessing at the sign-in throttle's pace; argon2id does the rest. */
export const PASSWORD_MIN_LENGTH = 10;

export function checkPassword(password: string): void {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    throw new ReglamentError('PASSWORD_WEAK', { min: PASSWORD_MIN_LENGTH });
  }
}
