import { type Kysely, PostgresAdapter } from 'kysely';

/** Whether a Kysely instance talks to PostgreSQL (otherwise SQLite). */
export function isPostgres(db: Kysely<unknown> | Kysely<never>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
