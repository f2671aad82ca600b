import { type Kysely, sql } from 'kysely';
import type {
  AuditRepository,
  CalendarRepository,
  CatalogueRepository,
  SettingsRepository,
} from '../../application/ports.js';
import { readServiceVersion } from '../../domain/regulation/read-version.js';
import type { Act, Service, ServiceVersion } from '../../domain/regulation/types.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

export function catalogueRepository(db: Db): CatalogueRepository {
  return {
    async act() {
      const row = await db.selectFrom('acts').select('document').executeTakeFirst();

      return row === undefined ? null : (JSON.parse(row.document) as Act);
    },
    async saveAct(act, now) {
      const values = { code: act.code, document: JSON.stringify(act), updated_at: now };

      await db
        .insertInto('acts')
        .values(values)
        .onConflict((oc) => oc.column('code').doUpdateSet(values))
        .execute();
    },
    services: () => loadServices(db),
    async insertVersion(version, now, by) {
      await db
        .insertInto('service_versions')
        .values({
          id: version.id,
          service_code: version.serviceCode,
          valid_from: version.validFrom,
          valid_to: version.validTo,
          definition: JSON.stringify(version),
          created_at: now,
          created_by: by,
        })
        .execute();
    },
    async updateValidity(id, from, to) {
      const row = await db
        .selectFrom('service_versions')
        .select('definition')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const definition = {
        ...(JSON.parse(row.definition) as object),
        validFrom: from,
        validTo: to,
      };

      await db
        .updateTable('service_versions')
        .set({ valid_from: from, valid_to: to, definition: JSON.stringify(definition) })
        .where('id', '=', id)
        .execute();
    },
  };
}

/**
 * Every stored version is checked again as it is loaded, so a definition damaged in the
 * database stops start-up with its service and field named rather than failing a case later.
 */
async function loadServices(db: Db): Promise<Service[]> {
  const rows = await db.selectFrom('service_versions').selectAll().orderBy('valid_from').execute();
  const byService = new Map<string, ServiceVersion[]>();

  for (const row of rows) {
    const read = readServiceVersion(JSON.parse(row.definition));

    if ('problems' in read) {
      const problems = read.problems.map((p) => `field ${p.path}: ${p.problem}`);

      throw new ReglamentError('DEFINITION_INVALID', { service: row.service_code, problems });
    }
    byService.set(row.service_code, [...(byService.get(row.service_code) ?? []), read]);
  }

  return [...byService.entries()].map(([code, versions]) => {
    const latest = versions[versions.length - 1]!;

    return { code, appendix: latest.steps[0]?.cites.appendix ?? 0, title: latest.title, versions };
  });
}

export function calendarRepository(db: Db): CalendarRepository {
  return {
    async entries() {
      const rows = await db.selectFrom('calendar_entries').selectAll().orderBy('date').execute();

      return rows.map((r) => ({
        date: r.date,
        kind: r.kind,
        entry: JSON.parse(r.entry) as unknown,
      }));
    },
    async upsert(entry, now, by) {
      const values = {
        date: entry.date,
        kind: entry.kind,
        entry: JSON.stringify(entry.entry),
        updated_at: now,
        updated_by: by,
      };

      await db
        .insertInto('calendar_entries')
        .values(values)
        .onConflict((oc) => oc.column('date').doUpdateSet(values))
        .execute();
    },
    async remove(date) {
      await db.deleteFrom('calendar_entries').where('date', '=', date).execute();
    },
  };
}

export function auditRepository(db: Db): AuditRepository {
  return {
    async append(record) {
      await db
        .insertInto('audit_log')
        .values({
          at: record.at,
          actor_id: record.actorId,
          action: record.action,
          subject: record.subject,
          before: record.before === null ? null : JSON.stringify(record.before),
          after: record.after === null ? null : JSON.stringify(record.after),
        })
        .execute();
    },
    async list(limit) {
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();

      return rows.map((r) => ({
        id: Number(r.id),
        at: r.at,
        actorId: r.actor_id,
        action: r.action,
        subject: r.subject,
        before: r.before === null ? null : (JSON.parse(r.before) as unknown),
        after: r.after === null ? null : (JSON.parse(r.after) as unknown),
      }));
    },
  };
}

export function settingsRepository(db: Db): SettingsRepository {
  return {
    async get(key) {
      const row = await db
        .selectFrom('settings')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirst();

      return row?.value ?? null;
    },
    async increment(key) {
      await db
        .insertInto('settings')
        .values({ key, value: '1' })
        .onConflict((oc) =>
          oc
            .column('key')
            .doUpdateSet({ value: sql`cast(cast(settings.value as integer) + 1 as text)` }),
        )
        .execute();

      return Number((await this.get(key)) ?? '0');
    },
    async set(key, value) {
      await db
        .insertInto('settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
    },
  };
}
