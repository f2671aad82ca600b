import type { Messages } from '../i18n/messages';

/** A message of the `validation` group and the values it names, or null when all is well. */
export interface Problem {
  readonly key: keyof Messages['validation'];
  readonly values?: Readonly<Record<string, string>>;
}

export function problem(key: Problem['key'], values?: Problem['values']): Problem {
  return values === undefined ? { key } : { key, values };
}
