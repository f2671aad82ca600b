import { type Kysely, PostgresAdapter } from 'kysely';

/** Whether a Kysely instance talks to PostgreSQL (otherwise SQLite). */
export function isPostgres<D>(db: Kysely<D>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
