import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import pino from 'pino';
import { ManualClock } from '../../src/adapters/clock/clocks.js';
import { argon2Hasher } from '../../src/adapters/passwords.js';
import type { Kysely } from 'kysely';
import type { App } from '../../src/application/context.js';
import type { Database } from '../../src/adapters/store/schema.js';
import { compose } from '../../src/compose.js';
import { loadConfig, TRAINING_PASSWORD } from '../../src/config.js';
import { buildServer } from '../../src/interfaces/http/server.js';
import { atyrau } from './calendar.js';

export type Dialect = 'sqlite' | 'postgres';

/**
 * The dialects every store and API suite runs on. PostgreSQL is part of the suite: when it is
 * unreachable the suite fails and says so. `REGLAMENT_TEST_DIALECTS=sqlite` narrows the run
 * on purpose, for instance on a laptop without PostgreSQL.
 */
export const DIALECTS: readonly Dialect[] = (
  process.env.REGLAMENT_TEST_DIALECTS ?? 'sqlite,postgres'
)
  .split(',')
  .map((d) => d.trim())
  .filter((d): d is Dialect => d === 'sqlite' || d === 'postgres');

/** The server that creates and drops one database per test app. */
export const TEST_PG_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type Login = 'clerk' | 'head' | 'officer1' | 'officer2' | 'admin' | 'auditor';

export interface TestApp {
  readonly app: App;
  readonly db: Kysely<Database>;
  readonly server: FastifyInstance;
  readonly clock: ManualClock;
  readonly dialect: Dialect;
  /** Session tokens of the training office's staff. */
  readonly tokens: Readonly<Record<Login, string>>;
  readonly ids: Readonly<Record<Login, string>>;
  /** Sends a request as one of the staff (or anonymously) and parses the JSON answer. */
  readonly call: (
    as: Login | null,
    options: InjectOptions,
  ) => Promise<LightMyRequestResponse & { json: () => any }>;
  readonly close: () => Promise<void>;
}

const LOGINS: readonly Login[] = ['clerk', 'head', 'officer1', 'officer2', 'admin', 'auditor'];

/**
 * A fresh office on a fresh database: the training catalogue, calendar and staff, a clock
 * standing at Monday 2019-03-04 09:00 in Atyrau, and fast password hashing.
 */
export async function startTestApp(dialect: Dialect, start = '2019-03-04 09:00'): Promise<TestApp> {
  const db = await freshDatabase(dialect);
  const clock = new ManualClock(atyrau(start));
  const composed = await compose(loadConfig(db.config, {}), {
    clock,
    log: pino({ level: 'silent' }),
    passwords: argon2Hasher({ memoryCost: 1024, timeCost: 1 }),
  });
  const server = await buildServer(composed.app);
  const sessions = await Promise.all(LOGINS.map((login) => signIn(server, login)));
  const call: TestApp['call'] = async (as, options) => {
    const token = as === null ? undefined : sessions[LOGINS.indexOf(as)]!.token;
    const response = await server.inject({
      ...options,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers },
    });

    return Object.assign(response, { json: () => JSON.parse(response.body) as unknown });
  };

  return {
    app: composed.app,
    db: composed.db,
    server,
    clock,
    dialect,
    tokens: Object.fromEntries(LOGINS.map((l, i) => [l, sessions[i]!.token])) as TestApp['tokens'],
    ids: Object.fromEntries(LOGINS.map((l, i) => [l, sessions[i]!.id])) as TestApp['ids'],
    call,
    close: async () => {
      await server.close();
      await composed.close();
      await db.drop();
    },
  };
}

async function signIn(server: FastifyInstance, login: Login) {
  const response = await server.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { login, password: TRAINING_PASSWORD },
  });
  const body = JSON.parse(response.body) as { token: string; user: { id: string } };

  return { token: body.token, id: body.user.id };
}

async function freshDatabase(dialect: Dialect) {
  if (dialect === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'reglament-test-'));

    return {
      config: { dataDir, databaseUrl: '' },
      drop: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
    };
  }

  const name = `reglament_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });

  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();

  const url = new URL(TEST_PG_URL);

  url.pathname = `/${name}`;

  return {
    config: { dataDir: tmpdir(), databaseUrl: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_PG_URL });

      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The tables a command may write. Sessions are left out: signing in is not a case command. */
const RECORD_TABLES = [
  'cases',
  'case_events',
  'incoming_counters',
  'calendar_entries',
  'service_versions',
  'acts',
  'audit_log',
  'users',
] as const;

/** Every row of every table a command may write, in a stable order, to compare before/after. */
export async function snapshot(
  db: Kysely<Database>,
): Promise<Record<(typeof RECORD_TABLES)[number], string[]>> {
  const tables = {} as Record<(typeof RECORD_TABLES)[number], string[]>;

  for (const table of RECORD_TABLES) {
    const rows = await db.selectFrom(table).selectAll().execute();

    tables[table] = rows.map((r) => JSON.stringify(r)).sort();
  }

  return tables;
}
