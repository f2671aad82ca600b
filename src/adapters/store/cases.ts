import { type Kysely, sql } from 'kysely';
import type {
  CaseDecision,
  CaseNeeds,
  ResolvedNeeds,
  CaseFilter,
  CaseRepository,
  CaseSummary,
  StoredEvent,
} from '../../application/ports.js';
import { GENESIS_HASH } from '../../application/audit/hash-chain.js';
import { replay, type CaseEvent, type CaseState } from '../../domain/case/index.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import type { CaseCache } from './case-cache.js';
import { caseRow, eventRows, projectionOfRow, searchPattern, summaryOfRow } from './case-rows.js';
import { isPostgres } from './dialect.js';
import { userRepository } from './people.js';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

/**
 * Cases on Kysely, for PostgreSQL and for work inside a wider transaction. The case row holds
 * the searchable projection; the state is rebuilt from the events (or taken from the cache
 * when its revision is current).
 */
export function caseRepository(db: Db, cache: CaseCache, now: () => number): CaseRepository {
  return {
    get: (id) => getCase(db, cache, id),
    create: (state, events) => inTransaction(db, (trx) => insertCase(trx, state, events, now())),
    change: (id, expected, decision) =>
      inTransaction(db, (trx) => changeCase(trx, cache, id, expected, decision, now())),
    events: (id) => listEvents(db, id),
    projection: async (id) => {
      const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();

      return row === undefined ? null : projectionOfRow(row);
    },
    list: (filter) => listCases(db, filter),
    loadByHolder: (provider) => loadByHolder(db, provider),
  };
}

function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

async function getCase(db: Db, cache: CaseCache, id: string): Promise<CaseState | null> {
  const row = await db
    .selectFrom('cases')
    .select('revision')
    .where('id', '=', id)
    .executeTakeFirst();

  if (row === undefined) return null;

  return cache.get(id, row.revision) ?? rebuild(db, cache, id);
}

async function rebuild(db: Db, cache: CaseCache, id: string): Promise<CaseState> {
  const state = replay((await listEvents(db, id)).map((e) => e.event))!;

  cache.put(state);

  return state;
}

async function insertCase(db: Db, state: CaseState, events: readonly CaseEvent[], now: number) {
  const { rows, lastHash } = eventRows(state.id, 0, GENESIS_HASH, events, now);

  await db
    .insertInto('cases')
    .values(caseRow(state, lastHash, now))
    .execute();
  await db.insertInto('case_events').values(rows).execute();
}

async function changeCase(
  db: Db,
  cache: CaseCache,
  id: string,
  expected: number | undefined,
  decision: CaseDecision,
  now: number,
): Promise<CaseState> {
  // The row lock makes a second command on the same case wait and then see the new revision.
  const locked = db.selectFrom('cases').select(['revision', 'last_hash']).where('id', '=', id);
  const row = await (isPostgres(db) ? locked.forUpdate() : locked).executeTakeFirst();

  if (row === undefined) throw new ReglamentError('CASE_NOT_FOUND', { caseId: id });
  if (expected !== undefined && expected !== row.revision) {
    throw new ReglamentError('CONCURRENT_UPDATE', { caseId: id, expected });
  }

  const state = cache.get(id, row.revision) ?? (await rebuild(db, cache, id));
  const change = decision.decide(state, await resolve(db, decision.needs?.(state) ?? {}));
  const { rows, lastHash } = eventRows(id, row.revision, row.last_hash, change.events, now);
  const { id: _id, ...columns } = caseRow(change.state, lastHash, now);
  const updated = await db
    .updateTable('cases')
    .set(columns)
    .where('id', '=', id)
    .where('revision', '=', row.revision)
    .executeTakeFirst();

  if (Number(updated.numUpdatedRows) !== 1) {
    throw new ReglamentError('CONCURRENT_UPDATE', { caseId: id, expected: row.revision });
  }
  if (rows.length > 0) await db.insertInto('case_events').values(rows).execute();

  return change.state;
}

async function listEvents(db: Db, caseId: string): Promise<StoredEvent[]> {
  const rows = await db
    .selectFrom('case_events')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('seq')
    .execute();

  return rows.map((r) => ({
    caseId: r.case_id,
    seq: r.seq,
    event: JSON.parse(r.event) as CaseEvent,
    eventText: r.event,
    prevHash: r.prev_hash,
    hash: r.hash,
    recordedAt: r.recorded_at,
  }));
}

async function listCases(db: Db, f: CaseFilter): Promise<{ total: number; items: CaseSummary[] }> {
  const q = db.selectFrom('cases').where((eb) => {
    const text = f.search?.trim() ?? '';

    return eb.and([
      ...(f.holderId === undefined ? [] : [eb('holder_id', '=', f.holderId)]),
      ...(f.open === undefined ? [] : [eb('status', f.open ? '!=' : '=', 'closed')]),
      ...(f.serviceCode === undefined ? [] : [eb('service_code', '=', f.serviceCode)]),
      ...(f.stepCode === undefined ? [] : [eb('step_code', '=', f.stepCode)]),
      ...(f.overdueAt === undefined ? [] : [eb('due_at', '<', f.overdueAt)]),
      ...(text === ''
        ? []
        : [
            eb.or([
              sql<boolean>`search_text like ${searchPattern(text)} escape '\\'`,
              eb('applicant_number', '=', text),
              ...(/^\d{4,12}$/.test(text) ? [eb('applicant_number', 'like', `${text}%`)] : []),
            ]),
          ]),
    ]);
  });
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll()
    .orderBy(sql`case when due_at is null then 1 else 0 end`)
    .orderBy('due_at')
    .orderBy('registered_at')
    .limit(f.limit)
    .offset(f.offset)
    .execute();

  return { total: Number(total.n), items: rows.map(summaryOfRow) };
}

async function loadByHolder(db: Db, provider: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('cases')
    .select(['holder_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('provider_code', '=', provider)
    .where('status', '!=', 'closed')
    .where('holder_id', 'is not', null)
    .groupBy('holder_id')
    .execute();

  return new Map(rows.map((r) => [r.holder_id!, Number(r.n)]));
}

async function resolve(db: Db, needs: CaseNeeds): Promise<ResolvedNeeds> {
  const users = userRepository(db, () => 0);
  const number = needs.incomingNumber;

  return {
    incomingNumber:
      number === undefined ? null : await nextNumber(db, number.providerCode, number.year),
    head: needs.headOf === undefined ? null : ((await users.heads()).get(needs.headOf) ?? null),
    user: needs.user === undefined ? null : await users.byId(needs.user),
  };
}

async function nextNumber(db: Db, provider: string, year: number): Promise<number> {
  const row = await db
    .insertInto('incoming_counters')
    .values({ provider_code: provider, year, last_number: 1 })
    .onConflict((oc) =>
      oc.columns(['provider_code', 'year']).doUpdateSet({
        last_number: (eb) => eb('incoming_counters.last_number', '+', 1),
      }),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();

  return row.last_number;
}
