import { type Kysely, sql } from 'kysely';
import type { CaseEvent, CaseState } from '../../domain/case/index.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import { chainHash, GENESIS_HASH } from '../../application/audit/hash-chain.js';
import type {
  CaseFilter,
  CaseRepository,
  CaseSummary,
  StoredEvent,
} from '../../application/ports.js';
import type { Limit } from '../../domain/shared/time.js';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

export function caseRepository(db: Db, now: () => number): CaseRepository {
  return {
    get: (id) => getCase(db, id),
    create: async (state, events) => {
      await db.insertInto('cases').values(caseRow(state, now())).execute();
      await insertEvents(db, state.id, 0, GENESIS_HASH, events, now());
    },
    append: (state, expected, events) => appendEvents(db, state, expected, events, now()),
    events: (id) => listEvents(db, id),
    list: (filter) => listCases(db, filter),
    loadByHolder: (provider) => loadByHolder(db, provider),
    nextIncomingNumber: (provider, year) => nextNumber(db, provider, year),
  };
}

async function getCase(db: Db, id: string): Promise<CaseState | null> {
  const row = await db.selectFrom('cases').select('state').where('id', '=', id).executeTakeFirst();

  return row === undefined ? null : (JSON.parse(row.state) as CaseState);
}

function applicantName(state: CaseState): string {
  const a = state.applicant;

  return a.kind === 'organisation' ? a.name : [a.surname, a.givenName, a.patronymic].join(' ');
}

function caseRow(state: CaseState, now: number): Database['cases'] {
  return {
    id: state.id,
    service_code: state.serviceCode,
    version_id: state.versionId,
    provider_code: state.providerCode,
    status: state.status,
    step_code: state.step?.code ?? null,
    holder_id: state.step?.holder.userId ?? null,
    holder_role: state.step?.holder.role ?? null,
    step_started_at: state.step?.startedAt ?? null,
    due_at: state.step?.dueAt ?? null,
    limit_amount: state.step?.limit.amount ?? null,
    limit_unit: state.step?.limit.unit ?? null,
    term_due_at: state.receipt?.termDueAt ?? null,
    registered_at: state.registeredAt,
    incoming_number: state.receipt?.incomingNumber ?? null,
    applicant_name: applicantName(state).trim(),
    applicant_number: state.applicant.kind === 'organisation' ? state.applicant.bin : state.applicant.iin,
    revision: state.revision,
    state: JSON.stringify(state),
    updated_at: now,
  };
}

async function appendEvents(
  db: Db,
  state: CaseState,
  expected: number,
  events: readonly CaseEvent[],
  now: number,
): Promise<void> {
  const { id: _id, registered_at: _r, ...changes } = caseRow(state, now);
  const updated = await db
    .updateTable('cases')
    .set(changes)
    .where('id', '=', state.id)
    .where('revision', '=', expected)
    .executeTakeFirst();

  if (Number(updated.numUpdatedRows) !== 1) {
    throw new ReglamentError('CONCURRENT_UPDATE', { caseId: state.id, expected });
  }

  const last = await db
    .selectFrom('case_events')
    .select('hash')
    .where('case_id', '=', state.id)
    .where('seq', '=', expected)
    .executeTakeFirst();

  await insertEvents(db, state.id, expected, last?.hash ?? GENESIS_HASH, events, now);
}

async function insertEvents(
  db: Db,
  caseId: string,
  lastSeq: number,
  lastHash: string,
  events: readonly CaseEvent[],
  now: number,
): Promise<void> {
  let prevHash = lastHash;
  const rows = events.map((event, i) => {
    const seq = lastSeq + i + 1;
    const hash = chainHash(prevHash, caseId, seq, event);
    const row = {
      case_id: caseId,
      seq,
      type: event.type,
      at: event.at,
      actor_id: event.actor.userId,
      actor_role: event.actor.role,
      event: JSON.stringify(event),
      prev_hash: prevHash,
      hash,
      recorded_at: now,
    };

    prevHash = hash;

    return row;
  });

  if (rows.length > 0) await db.insertInto('case_events').values(rows).execute();
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
    prevHash: r.prev_hash,
    hash: r.hash,
    recordedAt: r.recorded_at,
  }));
}

async function listCases(
  db: Db,
  f: CaseFilter,
): Promise<{ total: number; items: CaseSummary[] }> {
  const q = db.selectFrom('cases').where((eb) => {
    const text = f.search?.trim() ?? '';
    const like = `%${text.toLowerCase()}%`;

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
              eb(eb.fn('lower', ['incoming_number']), 'like', like),
              eb(eb.fn('lower', ['applicant_name']), 'like', like),
              eb('applicant_number', '=', text),
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

  return { total: Number(total.n), items: rows.map(summary) };
}

function summary(r: Database['cases']): CaseSummary {
  return {
    id: r.id,
    serviceCode: r.service_code,
    status: r.status,
    stepCode: r.step_code,
    holderId: r.holder_id,
    stepStartedAt: r.step_started_at,
    dueAt: r.due_at,
    limit:
      r.limit_amount === null || r.limit_unit === null
        ? null
        : { amount: r.limit_amount, unit: r.limit_unit as Limit['unit'] },
    termDueAt: r.term_due_at,
    registeredAt: r.registered_at,
    incomingNumber: r.incoming_number,
    applicantName: r.applicant_name,
    revision: r.revision,
  };
}

async function loadByHolder(db: Db, _provider: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('cases')
    .select(['holder_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '!=', 'closed')
    .where('holder_id', 'is not', null)
    .groupBy('holder_id')
    .execute();

  return new Map(rows.map((r) => [r.holder_id!, Number(r.n)]));
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
