import argon2 from 'argon2';
import type { PasswordHasher } from '../application/context.js';

/**
 * argon2id with the library's defaults (64 MiB, 3 passes). Tests may pass cheaper settings;
 * production never does.
 */
export function argon2Hasher(
  options: { memoryCost?: number; timeCost?: number } = {},
): PasswordHasher {
  return {
    hash: (password) => argon2.hash(password, { type: argon2.argon2id, ...options }),
    verify: async (hash, password) => {
      try {
        return await argon2.verify(hash, password);
      } catch {
        return false;
      }
    },
  };
}
