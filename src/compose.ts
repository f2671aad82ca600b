import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { officeHoursKey } from './application/calendar/set-office-hours.js';
import type { App, Logger, PasswordHasher } from './application/context.js';
import type { Clock, Store } from './application/ports.js';
import { seedIfEmpty, type DemoUser } from './application/setup/seed-office.js';
import type { WorkingTime } from './application/working-time.js';
import { loadYearData } from './adapters/calendar-files.js';
import { workingTimeOf } from './adapters/calendar/working-time.js';
import { systemClock, trainingClock } from './adapters/clock/clocks.js';
import { shippedDataPath } from './adapters/files/data-dir.js';
import { loadSeedCatalogue } from './adapters/files/seed-catalogue.js';
import { timeOrderedIds } from './adapters/ids.js';
import { pinoLogger } from './adapters/logger.js';
import { argon2Hasher } from './adapters/passwords.js';
import { migrateToLatest, openDatabase, type OpenDatabase } from './adapters/store/connect.js';
import { kyselyStore } from './adapters/store/kysely-store.js';
import type { Database } from './adapters/store/schema.js';
import {
  DEFAULT_OFFICE_HOURS,
  OfficeHours,
  WorkCalendar,
  type CalendarEntry,
  type OfficeHoursDefinition,
  parseInstant,
} from './domain/calendar/index.js';
import type { Service } from './domain/regulation/types.js';
import { TRAINING_PASSWORD, type Config } from './config.js';

export interface Composed {
  readonly app: App;
  readonly db: Kysely<Database>;
  readonly close: () => Promise<void>;
}

/** Replacements for tests and the demo: a hand-moved clock, a quiet logger, fast hashing. */
export interface Overrides {
  readonly clock?: Clock;
  /** Real time as the process sees it; tests move it to check the training clock's anchor. */
  readonly wallClock?: Clock;
  readonly log?: Logger;
  readonly passwords?: PasswordHasher;
}

const TRAINING_CLOCK_KEY = 'training.clock';

/**
 * The composition root: opens and migrates the store, seeds an empty one, and wires the ports
 * the use cases take. Nothing else in the system chooses an adapter.
 */
export async function compose(config: Config, overrides: Overrides = {}): Promise<Composed> {
  const log = overrides.log ?? pinoLogger(config.logLevel);
  const { db, sqlite } = openDatabase({
    ...config,
    onPoolError: (error) => log.warn({ reason: error.message }, 'idle database connection lost'),
  });

  try {
    await migrateToLatest(db);

    const app = await wire(db, sqlite, config, { ...overrides, log });

    return { app, db, close: () => db.destroy() };
  } catch (error: unknown) {
    await db.destroy();
    throw error;
  }
}

async function wire(
  db: Kysely<Database>,
  sqlite: OpenDatabase['sqlite'],
  config: Config,
  overrides: Overrides & { readonly log: Logger },
): Promise<App> {
  const wallClock = overrides.wallClock ?? systemClock;
  const store = kyselyStore(db, wallClock, sqlite);
  const log = overrides.log;
  const passwords = overrides.passwords ?? argon2Hasher();
  const clock = overrides.clock ?? (await officeClock(store, config, wallClock));
  const ids = timeOrderedIds(wallClock);
  const years = await loadYearData();
  const seeded = await seedIfEmpty(
    store,
    { clock: wallClock, passwords, ids },
    seedInput(config, years),
  );

  log.info({ mode: config.mode, ...seeded }, 'store ready');

  const state = await loadState(store, years);

  return {
    store,
    clock,
    wallClock,
    mode: config.mode,
    ids,
    passwords,
    log,
    workingTime: (provider) => pickTime(state.times, provider),
    services: () => Promise.resolve(state.services),
    reload: async () => {
      Object.assign(state, await loadState(store, years));
    },
  };
}

interface LoadedState {
  /** The working time of each provider of the catalogue, the office's own provider first. */
  times: ReadonlyMap<string, WorkingTime>;
  services: readonly Service[];
}

function pickTime(times: ReadonlyMap<string, WorkingTime>, provider?: string): WorkingTime {
  const time =
    (provider === undefined ? undefined : times.get(provider)) ?? times.values().next().value;

  if (time === undefined) throw new Error('The catalogue names no provider');

  return time;
}

async function loadState(store: Store, years: Awaited<ReturnType<typeof loadYearData>>) {
  const entries = (await store.calendar.entries()).map((e) => e.entry as CalendarEntry);
  const calendar = WorkCalendar.create({
    firstYear: years[0]!.info.year,
    lastYear: years[years.length - 1]!.info.year,
    entries,
    years: years.map((y) => y.info),
  });

  const services = await store.catalogue.services();
  const providers = [...new Set(services.flatMap((s) => s.versions.map((v) => v.provider.code)))];
  const times = new Map<string, WorkingTime>();

  for (const provider of providers) {
    times.set(provider, workingTimeOf(calendar, await officeHours(store, provider)));
  }

  return { times, services } satisfies LoadedState;
}

/** A provider's office hours as its administrator set them, else the national norm. */
async function officeHours(store: Store, provider: string): Promise<OfficeHours> {
  const saved = await store.settings.get(officeHoursKey(provider));

  return saved === null
    ? DEFAULT_OFFICE_HOURS
    : OfficeHours.from(JSON.parse(saved) as OfficeHoursDefinition);
}

/**
 * A live office runs on real time. A training office runs on a simulated date that started at
 * `trainingStart` on its first start and has moved at real speed ever since, restarts included.
 */
async function officeClock(store: Store, config: Config, real: Clock): Promise<Clock> {
  if (config.mode === 'live') return real;

  const saved = await store.settings.get(TRAINING_CLOCK_KEY);
  const anchor =
    saved === null
      ? { simulatedAt: parseInstant(config.trainingStart), realAt: real.now() }
      : (JSON.parse(saved) as { simulatedAt: number; realAt: number });

  if (saved === null) await store.settings.set(TRAINING_CLOCK_KEY, JSON.stringify(anchor));

  return trainingClock(anchor.simulatedAt, anchor.realAt, real);
}

function seedInput(config: Config, years: Awaited<ReturnType<typeof loadYearData>>) {
  const office = JSON.parse(readFileSync(shippedDataPath('demo-office.json'), 'utf8')) as {
    providerCode: string;
    users: DemoUser[];
  };
  const live = config.mode === 'live';

  return {
    catalogue: loadSeedCatalogue(),
    calendar: years.flatMap((y) => y.entries),
    users: {
      providerCode: office.providerCode,
      people: live ? office.users.filter((u) => u.role === 'admin') : office.users,
    },
    password: live ? config.adminPassword : TRAINING_PASSWORD,
  };
}
