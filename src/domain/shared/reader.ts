import type { Localized, Source } from './text.js';

/** One thing wrong with a definition, located by a dotted path such as `steps[2].limit`. */
export interface DefinitionProblem {
  readonly path: string;
  readonly problem: string;
}

/**
 * Reads an untyped JSON value field by field, recording every problem instead of stopping at
 * the first, so that a broken definition is reported whole.
 *
 * @example
 *   const r = new Reader();
 *   const code = r.string(json, 'code');
 *   if (r.problems.length > 0) report(r.problems);
 */
export class Reader {
  readonly problems: DefinitionProblem[] = [];

  fail(path: string, problem: string): void {
    this.problems.push({ path, problem });
  }

  object(value: unknown, path: string): Record<string, unknown> {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }

    this.fail(path, 'must be an object');

    return {};
  }

  array(value: unknown, path: string): unknown[] {
    if (Array.isArray(value)) return value;

    this.fail(path, 'must be a list');

    return [];
  }

  string(value: unknown, path: string): string {
    if (typeof value === 'string' && value.trim() !== '') return value;

    this.fail(path, 'must be a non-empty text');

    return '';
  }

  optionalString(value: unknown, path: string): string | undefined {
    return value === undefined ? undefined : this.string(value, path);
  }

  integer(value: unknown, path: string, min: number, max: number): number {
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) {
      return value;
    }

    this.fail(path, `must be a whole number from ${min} to ${max}`);

    return min;
  }

  boolean(value: unknown, path: string): boolean {
    if (typeof value === 'boolean') return value;

    this.fail(path, 'must be true or false');

    return false;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
      return value as T;
    }

    this.fail(path, `must be one of ${allowed.join(', ')}`);

    return allowed[0] as T;
  }

  isoDate(value: unknown, path: string): string {
    if (typeof value === 'string' && isIsoDate(value)) return value;

    this.fail(path, 'must be a date written YYYY-MM-DD');

    return '1970-01-01';
  }

  localized(value: unknown, path: string): Localized {
    const o = this.object(value, path);

    return {
      kk: this.string(o.kk, `${path}.kk`),
      ru: this.string(o.ru, `${path}.ru`),
      en: this.string(o.en, `${path}.en`),
    };
  }

  source(value: unknown, path: string): Source {
    const o = this.object(value, path);
    const note = this.optionalString(o.note, `${path}.note`);

    return {
      status: this.oneOf(o.status, `${path}.status`, ['confirmed', 'assumed'] as const),
      reference: this.string(o.reference, `${path}.reference`),
      ...(note === undefined ? {} : { note }),
    };
  }
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;

  const parsed = new Date(`${value}T00:00:00Z`);

  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** Adds whole days to an ISO date. */
export function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;

  return new Date(ms).toISOString().slice(0, 10);
}
