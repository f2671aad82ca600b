import { resolve } from 'node:path';
import type { Mode } from './application/context.js';

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly mode: Mode;
  /** Where the training clock starts on first start, ISO 8601 with offset. */
  readonly trainingStart: string;
  /** The first administrator's password for a live office, needed on its first start only. */
  readonly adminPassword: string | undefined;
  readonly logLevel: string;
}

/** Inside the act's period of force: the Monday 4 March 2019, 09:00 in Atyrau. */
export const DEFAULT_TRAINING_START = '2019-03-04T09:00:00+05:00';

/** The password of every account of the training office (README, "Training office"). */
export const TRAINING_PASSWORD = 'reglament-2019';

type Overrides = Partial<Record<keyof Config, string | undefined>>;

/**
 * Settings from the environment, overridden by command-line flags. The defaults listen on
 * loopback only and keep the SQLite file under `./var`.
 */
export function loadConfig(flags: Overrides = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const pick = (key: keyof Config, name: string, fallback?: string): string | undefined =>
    flags[key] ?? env[name] ?? fallback;
  const mode = pick('mode', 'REGLAMENT_MODE', 'training');
  const port = Number(pick('port', 'PORT', '8155'));

  if (mode !== 'training' && mode !== 'live')
    throw new Error(`Unknown mode ${mode}: use training or live`);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`Bad port ${String(port)}`);

  return {
    host: pick('host', 'HOST', '127.0.0.1')!,
    port,
    dataDir: resolve(pick('dataDir', 'DATA_DIR', 'var')!),
    databaseUrl: pick('databaseUrl', 'DATABASE_URL'),
    mode,
    trainingStart: pick('trainingStart', 'REGLAMENT_TRAINING_START', DEFAULT_TRAINING_START)!,
    adminPassword: pick('adminPassword', 'REGLAMENT_ADMIN_PASSWORD'),
    logLevel: pick('logLevel', 'LOG_LEVEL', 'info')!,
  };
}
