import { reject, type Rejection } from './errors.js';

/** Longer than any name, address or reasoning a clerk types; a paste of a file is not text. */
export const TEXT_MAX = 2000;

/**
 * Characters that have no place in a name or a reason written into the permanent record:
 * control characters, the replacement character left by undecodable bytes, and the marks that
 * reverse or isolate the direction of text (they make a name display as something else).
 */
const FORBIDDEN = /[\p{Cc}\uFFFD\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

/** At least one letter or digit: whitespace and invisible characters alone say nothing. */
const MEANINGFUL = /[\p{L}\p{N}]/u;

/**
 * Checks a required text field: present, meaningful, free of control and direction marks, not
 * absurdly long.
 *
 * @example requireText('Жұмабаева', 'applicant.surname'); // null
 */
export function requireText(value: string | undefined, field: string): Rejection | null {
  if (value === undefined || value.trim() === '') {
    return reject('VALIDATION_FAILED', { field, rule: 'required' });
  }
  if (!MEANINGFUL.test(value)) return reject('VALIDATION_FAILED', { field, rule: 'meaningful' });
  if (FORBIDDEN.test(value) || value.length > TEXT_MAX) {
    return reject('VALIDATION_FAILED', { field, rule: 'value' });
  }

  return null;
}

/** The same checks for an optional field: absent or empty passes. */
export function optionalText(value: string | undefined, field: string): Rejection | null {
  return value === undefined || value === '' ? null : requireText(value, field);
}
