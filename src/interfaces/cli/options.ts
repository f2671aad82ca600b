import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadConfig, type Config } from '../../config.js';
import type { ReglamentError } from '../../domain/shared/errors.js';

/** The flags every command that opens the store understands; each mirrors an env variable. */
export const STORE_OPTIONS = {
  'data-dir': { type: 'string' },
  'database-url': { type: 'string' },
  mode: { type: 'string' },
  'training-start': { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/**
 * Arguments the command cannot take (exit code 2). When an argument broke a rule of the
 * domain, the refusal rides along, so that the user reads it in their language with its code.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly refusal?: ReglamentError,
  ) {
    super(message);
  }
}

/** Parses flags strictly: an unknown flag or a missing value is a usage error (exit code 2). */
export function parseFlags<O extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: O,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error: unknown) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function configFrom(values: Record<string, string | boolean | undefined>): Config {
  const text = (key: string): string | undefined =>
    typeof values[key] === 'string' ? values[key] : undefined;

  return loadConfig({
    dataDir: text('data-dir'),
    databaseUrl: text('database-url'),
    mode: text('mode'),
    trainingStart: text('training-start'),
    host: text('host'),
    port: text('port'),
  });
}
