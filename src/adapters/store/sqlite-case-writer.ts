import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { GENESIS_HASH } from '../../application/audit/hash-chain.js';
import type { CaseDecision, CaseNeeds, ResolvedNeeds, User } from '../../application/ports.js';
import { replay, type CaseEvent, type CaseState } from '../../domain/case/index.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import type { CaseCache } from './case-cache.js';
import { caseRow, eventRows } from './case-rows.js';
import { toUser } from './people.js';
import type { Database } from './schema.js';

type Work<T> = (batch: Batch) => T;

interface Job {
  readonly work: Work<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** What the commands of one batch have written so far, visible to the commands after them. */
type Batch = Map<string, CaseState>;

const CASE_COLUMNS = [
  'version_id',
  'status',
  'step_code',
  'holder_id',
  'holder_role',
  'step_started_at',
  'due_at',
  'limit_amount',
  'limit_unit',
  'term_due_at',
  'incoming_number',
  'search_text',
  'revision',
  'last_hash',
  'updated_at',
] as const;

/**
 * Writes case commands to SQLite with group commit. Commands that arrive together share one
 * transaction; each runs inside its own savepoint, so a refused command rolls back only its own
 * writes, while the commit (the costly part on disk) is paid once for the whole group. The
 * statements run synchronously on the connection Kysely guards, so no other transaction can
 * interleave with a batch.
 */
export class SqliteCaseWriter {
  private queue: Job[] = [];
  private scheduled = false;
  private flushing = false;
  private statements: ReturnType<typeof prepare> | null = null;

  constructor(
    private readonly raw: BetterSqlite3.Database,
    private readonly kysely: Kysely<Database>,
    private readonly cache: CaseCache,
    private readonly now: () => number,
  ) {}

  create(state: CaseState, events: readonly CaseEvent[]): Promise<void> {
    return this.enqueue((batch) => {
      const now = this.now();
      const { rows, lastHash } = eventRows(state.id, 0, GENESIS_HASH, events, now);

      this.sql().insertCase.run(caseRow(state, lastHash, now));
      for (const row of rows) this.sql().insertEvent.run(row);
      batch.set(state.id, state);
    });
  }

  change(id: string, expected: number | undefined, decision: CaseDecision): Promise<CaseState> {
    return this.enqueue((batch) => this.applyChange(batch, id, expected, decision));
  }

  private applyChange(
    batch: Batch,
    id: string,
    expected: number | undefined,
    decision: CaseDecision,
  ): CaseState {
    const sql = this.sql();
    const row = sql.selectCase.get(id) as { revision: number; last_hash: string } | undefined;

    if (row === undefined) throw new ReglamentError('CASE_NOT_FOUND', { caseId: id });
    if (expected !== undefined && expected !== row.revision) {
      throw new ReglamentError('CONCURRENT_UPDATE', { caseId: id, expected });
    }

    const state = this.current(batch, id, row.revision);
    const change = decision.decide(state, this.resolve(decision.needs?.(state) ?? {}));
    const now = this.now();
    const { rows, lastHash } = eventRows(id, row.revision, row.last_hash, change.events, now);
    const updated = sql.updateCase.run({
      ...caseRow(change.state, lastHash, now),
      expected: row.revision,
    });

    if (updated.changes !== 1) throw new ReglamentError('CONCURRENT_UPDATE', { caseId: id });
    for (const event of rows) sql.insertEvent.run(event);
    batch.set(id, change.state);

    return change.state;
  }

  private current(batch: Batch, id: string, revision: number): CaseState {
    const pending = batch.get(id);

    if (pending?.revision === revision) return pending;

    const cached = this.cache.get(id, revision);

    if (cached !== undefined) return cached;

    const texts = this.sql().selectEvents.all(id) as { event: string }[];

    return replay(texts.map((t) => JSON.parse(t.event) as CaseEvent))!;
  }

  private resolve(needs: CaseNeeds): ResolvedNeeds {
    const sql = this.sql();
    const number = needs.incomingNumber;
    const user = (row: unknown): User | null =>
      row === undefined ? null : toUser(row as Database['users']);

    return {
      incomingNumber:
        number === undefined
          ? null
          : (sql.nextNumber.get(number.providerCode, number.year) as { last_number: number })
              .last_number,
      head: needs.headOf === undefined ? null : user(sql.headOf.get(needs.headOf)),
      user: needs.user === undefined ? null : user(sql.userById.get(needs.user)),
    };
  }

  private enqueue<T>(work: Work<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  /**
   * An idle writer commits at once; a busy one lets commands queue up and commits them
   * together when the current batch is done. Batches grow with load and nobody waits for a
   * timer.
   */
  private schedule(): void {
    if (this.scheduled || this.flushing) return;

    this.scheduled = true;
    queueMicrotask(() => void this.flush());
  }

  private async flush(): Promise<void> {
    const jobs = this.queue;

    this.queue = [];
    this.scheduled = false;
    this.flushing = true;
    try {
      await this.kysely.connection().execute(() => Promise.resolve(this.runBatch(jobs)));
    } finally {
      this.flushing = false;
      if (this.queue.length > 0) this.schedule();
    }
  }

  private runBatch(jobs: readonly Job[]): void {
    const batch: Batch = new Map();
    const outcomes: { ok: boolean; value: unknown }[] = [];

    const sql = this.sql();

    // A lone command needs no savepoint: if it fails, the whole transaction rolls back.
    const alone = jobs.length === 1;

    try {
      sql.begin.run();
      for (const job of jobs)
        outcomes.push(alone ? this.runAlone(job, batch) : this.runJob(job, batch));
      if (alone && !outcomes[0]!.ok) sql.rollback.run();
      else sql.commit.run();
    } catch (error: unknown) {
      if (this.raw.inTransaction) sql.rollback.run();
      for (const job of jobs) job.reject(error);

      return;
    }

    for (const state of batch.values()) this.cache.put(state);
    jobs.forEach((job, i) => {
      const outcome = outcomes[i]!;

      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.value);
    });
  }

  private runAlone(job: Job, batch: Batch): { ok: boolean; value: unknown } {
    try {
      return { ok: true, value: job.work(batch) };
    } catch (error: unknown) {
      batch.clear();

      return { ok: false, value: error };
    }
  }

  private runJob(job: Job, batch: Batch): { ok: boolean; value: unknown } {
    const own: Batch = new Map(batch);
    const sql = this.sql();

    sql.savepoint.run();
    try {
      const value = job.work(own);

      sql.release.run();
      for (const [id, state] of own) batch.set(id, state);

      return { ok: true, value };
    } catch (error: unknown) {
      sql.rollbackTo.run();
      sql.release.run();

      return { ok: false, value: error };
    }
  }

  private sql(): ReturnType<typeof prepare> {
    this.statements ??= prepare(this.raw);

    return this.statements;
  }
}

function prepare(raw: BetterSqlite3.Database) {
  const columns = [
    'id',
    'service_code',
    'provider_code',
    'registered_at',
    'applicant_name',
    'applicant_number',
    ...CASE_COLUMNS,
  ];
  const eventColumns = [
    'case_id',
    'seq',
    'type',
    'at',
    'actor_id',
    'actor_role',
    'event',
    'prev_hash',
    'hash',
    'recorded_at',
  ];
  const insert = (table: string, cols: readonly string[]): string =>
    `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`;

  return {
    begin: raw.prepare('BEGIN IMMEDIATE'),
    commit: raw.prepare('COMMIT'),
    rollback: raw.prepare('ROLLBACK'),
    savepoint: raw.prepare('SAVEPOINT command'),
    release: raw.prepare('RELEASE command'),
    rollbackTo: raw.prepare('ROLLBACK TO command'),
    selectCase: raw.prepare('SELECT revision, last_hash FROM cases WHERE id = ?'),
    userById: raw.prepare('SELECT * FROM users WHERE id = ?'),
    headOf: raw.prepare(
      "SELECT * FROM users WHERE provider_code = ? AND role = 'head' AND active = 1 " +
        'ORDER BY created_at LIMIT 1',
    ),
    selectEvents: raw.prepare('SELECT event FROM case_events WHERE case_id = ? ORDER BY seq'),
    insertCase: raw.prepare(insert('cases', columns)),
    insertEvent: raw.prepare(insert('case_events', eventColumns)),
    updateCase: raw.prepare(
      `UPDATE cases SET ${CASE_COLUMNS.map((c) => `${c} = @${c}`).join(', ')} ` +
        'WHERE id = @id AND revision = @expected',
    ),
    nextNumber: raw.prepare(
      'INSERT INTO incoming_counters (provider_code, year, last_number) VALUES (?, ?, 1) ' +
        'ON CONFLICT (provider_code, year) DO UPDATE SET last_number = last_number + 1 ' +
        'RETURNING last_number',
    ),
  };
}
