import { randomBytes } from 'node:crypto';
import type { IdSource } from '../application/context.js';
import type { Clock } from '../domain/shared/time.js';

/**
 * Time-ordered ids (48 bits of milliseconds, then 80 random bits, in Crockford base 32), so new
 * rows append to the end of primary-key indexes instead of dirtying pages at random.
 */
export function timeOrderedIds(clock: Clock): IdSource {
  return {
    next: () => encodeTime(clock.now()) + encodeRandom(randomBytes(10)),
    secret: () => randomBytes(32).toString('base64url'),
  };
}

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

function encodeTime(ms: number): string {
  let out = '';
  let rest = Math.max(0, Math.floor(ms));

  for (let i = 0; i < 10; i++) {
    out = ALPHABET[rest % 32]! + out;
    rest = Math.floor(rest / 32);
  }

  return out;
}

function encodeRandom(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';

  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]!;
      bits -= 5;
    }
  }

  return out;
}
