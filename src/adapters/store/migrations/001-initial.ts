import { type Kysely, type Migration, sql } from 'kysely';
import { isPostgres } from '../dialect.js';

/**
 * The first schema. Everything here runs unchanged on SQLite and PostgreSQL except the
 * append-only triggers, whose syntax differs; both refuse UPDATE and DELETE on the records an
 * auditor relies on.
 */
export const initial: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await createPeopleTables(db);
    await createCatalogueTables(db);
    await createCaseTables(db);
    await createAdminTables(db);
    await forbidRewrites(db, 'case_events');
    await forbidRewrites(db, 'audit_log');
  },
};

async function createPeopleTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('login', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('provider_code', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
}

async function createCatalogueTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('acts')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('service_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service_code', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
}

async function createCaseTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service_code', 'text', (c) => c.notNull())
    .addColumn('version_id', 'text', (c) => c.notNull())
    .addColumn('provider_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('step_code', 'text')
    .addColumn('holder_id', 'text')
    .addColumn('holder_role', 'text')
    .addColumn('step_started_at', 'bigint')
    .addColumn('due_at', 'bigint')
    .addColumn('limit_amount', 'integer')
    .addColumn('limit_unit', 'text')
    .addColumn('term_due_at', 'bigint')
    .addColumn('registered_at', 'bigint', (c) => c.notNull())
    .addColumn('incoming_number', 'text')
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    .addColumn('applicant_number', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('cases_incoming_number_unique', ['provider_code', 'incoming_number'])
    .execute();

  await db.schema
    .createIndex('cases_holder_due')
    .on('cases')
    .columns(['holder_id', 'status', 'due_at'])
    .execute();
  await db.schema
    .createIndex('cases_status_due')
    .on('cases')
    .columns(['status', 'due_at'])
    .execute();

  await db.schema
    .createTable('case_events')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_events_pk', ['case_id', 'seq'])
    .execute();

  await db.schema
    .createTable('incoming_counters')
    .addColumn('provider_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('incoming_counters_pk', ['provider_code', 'year'])
    .execute();
}

async function createAdminTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calendar_entries')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('entry', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  const id = isPostgres(db) ? 'bigserial' : 'integer';

  await db.schema
    .createTable('audit_log')
    .addColumn('id', sql.raw(id), (c) =>
      isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

async function forbidRewrites(db: Kysely<unknown>, table: string): Promise<void> {
  if (isPostgres(db)) {
    await sql`CREATE OR REPLACE FUNCTION reglament_append_only() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'append-only table %', TG_TABLE_NAME; END; $$ LANGUAGE plpgsql`.execute(
      db,
    );
    await sql
      .raw(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} ` +
          'FOR EACH ROW EXECUTE FUNCTION reglament_append_only()',
      )
      .execute(db);

    return;
  }

  for (const op of ['UPDATE', 'DELETE']) {
    await sql
      .raw(
        `CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table} ` +
          `BEGIN SELECT RAISE(ABORT, 'append-only table ${table}'); END`,
      )
      .execute(db);
  }
}
