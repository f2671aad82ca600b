import { createHash } from 'node:crypto';

/** The hash that precedes a case's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with keys in a fixed order, so that two values compare equal whatever order a driver or
 * a parser returned their keys in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }

  return JSON.stringify(value);
}

/**
 * Links an event to the one before it. The hash covers the event exactly as stored (its JSON
 * text), its case and its place, so changing, removing or reordering any event of a case breaks
 * every hash after it.
 *
 * @example
 *   const hash = chainHash(GENESIS_HASH, 'case-1', 1, JSON.stringify(registeredEvent));
 */
export function chainHash(
  prevHash: string,
  caseId: string,
  seq: number,
  eventText: string,
): string {
  return createHash('sha256').update(`${prevHash}\n${caseId}\n${seq}\n${eventText}`).digest('hex');
}
