import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type MigrationProvider } from 'kysely';
import pg from 'pg';
import { initial } from './migrations/001-initial.js';
import type { Database } from './schema.js';

export interface StoreConfig {
  /** PostgreSQL connection string; SQLite in `dataDir` when absent. */
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
  /** Told about errors of idle PostgreSQL connections, which the pool recovers from. */
  readonly onPoolError?: (error: Error) => void;
}

/** PostgreSQL returns 64-bit integers as strings; our instants fit in a double exactly. */
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export const SQLITE_FILE = 'reglament.sqlite';

/**
 * Opens the store: PostgreSQL when a URL is given, else one SQLite file in WAL mode. WAL with
 * synchronous=NORMAL keeps every commit durable against process crashes and cheap enough to
 * commit each command on its own.
 */
export function connect(config: StoreConfig): Kysely<Database> {
  return openDatabase(config).db;
}

/** The Kysely instance and, on SQLite, the driver's handle for the case writer's fast path. */
export interface OpenDatabase {
  readonly db: Kysely<Database>;
  readonly sqlite: SqliteDatabase.Database | null;
}

export function openDatabase(config: StoreConfig): OpenDatabase {
  if (config.databaseUrl !== undefined && config.databaseUrl !== '') {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });

    // An idle client can lose its server (restart, dropped connection). The pool replaces it
    // on the next checkout; without a listener the error would end the process.
    pool.on('error', (error) => config.onPoolError?.(error));

    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), sqlite: null };
  }

  mkdirSync(config.dataDir, { recursive: true });

  const file = new SqliteDatabase(join(config.dataDir, SQLITE_FILE));

  file.pragma('journal_mode = WAL');
  file.pragma('synchronous = NORMAL');
  file.pragma('foreign_keys = ON');
  file.pragma('busy_timeout = 5000');

  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: file }) }),
    sqlite: file,
  };
}

const migrations: MigrationProvider = {
  getMigrations: () => Promise.resolve({ '001-initial': initial }),
};

/** Applies every migration not yet applied; returns the names applied now. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrations });
  const { error, results } = await migrator.migrateToLatest();

  if (error !== undefined) {
    throw error instanceof Error ? error : new Error('migration failed', { cause: error });
  }

  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
