import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import pino from 'pino';
import { ManualClock } from '../src/adapters/clock/clocks.js';
import { argon2Hasher } from '../src/adapters/passwords.js';
import { SQLITE_FILE } from '../src/adapters/store/connect.js';
import { actOnCase } from '../src/application/cases/act-on-case.js';
import { registerApplication } from '../src/application/cases/register-application.js';
import type { App } from '../src/application/context.js';
import type { User } from '../src/application/ports.js';
import { compose } from '../src/compose.js';
import { loadConfig } from '../src/config.js';

/** Cases driven through all five steps: 6 commands each, every one its own transaction. */
const CASES = Number(process.env.BENCH_CASES ?? 2_000);
const RAW_COMMITS = 20_000;

/** How many cases move through their steps at once in the concurrent run (clerks, heads…). */
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 32);

export interface CaseCommandBench {
  readonly name: string;
  readonly results: {
    /** One command after another, each waiting for the previous one's commit. */
    readonly sequentialCommandsPerSecond: number;
    /** IN_FLIGHT cases at once: commands that arrive together share a group commit. */
    readonly concurrentCommandsPerSecond: number;
    readonly rawMinimalCommitsPerSecond: number;
    readonly rawIndexedCommitsPerSecond: number;
    /** Case commands per raw single-row commit, measured in the same run on the same file. */
    readonly sequentialToMinimal: number;
    readonly concurrentToMinimal: number;
    readonly sequentialToIndexed: number;
    readonly concurrentToIndexed: number;
    readonly commandsPerRun: number;
    readonly inFlight: number;
  };
}

/**
 * Case commands per second on SQLite, each committed with its event and hash, next to raw
 * single-row commit rates of the same database file in the same run. The raw rates are measured
 * before and after the commands and averaged, so drift of this shared machine hits both sides.
 */
export async function benchCaseCommands(): Promise<CaseCommandBench> {
  const dataDir = mkdtempSync(join(tmpdir(), 'reglament-bench-'));
  const clock = new ManualClock(Date.parse('2019-03-04T09:00:00+05:00'));
  const { app, close } = await compose(loadConfig({ dataDir, databaseUrl: '' }, {}), {
    clock,
    log: pino({ level: 'silent' }),
    passwords: argon2Hasher({ memoryCost: 1024, timeCost: 1 }),
  });

  try {
    const file = join(dataDir, SQLITE_FILE);
    const before = { minimal: rawCommits(file, 'minimal'), indexed: rawCommits(file, 'indexed') };
    const sequential = await driveCases(app, clock, 1);
    const concurrent = await driveCases(app, clock, IN_FLIGHT);
    const minimal = (before.minimal + rawCommits(file, 'minimal')) / 2;
    const indexed = (before.indexed + rawCommits(file, 'indexed')) / 2;
    const ratio = (n: number, d: number): number => Math.round((n / d) * 1000) / 1000;

    return {
      name: 'case commands on SQLite',
      results: {
        sequentialCommandsPerSecond: round(sequential.perSecond),
        concurrentCommandsPerSecond: round(concurrent.perSecond),
        rawMinimalCommitsPerSecond: round(minimal),
        rawIndexedCommitsPerSecond: round(indexed),
        sequentialToMinimal: ratio(sequential.perSecond, minimal),
        concurrentToMinimal: ratio(concurrent.perSecond, minimal),
        sequentialToIndexed: ratio(sequential.perSecond, indexed),
        concurrentToIndexed: ratio(concurrent.perSecond, indexed),
        commandsPerRun: sequential.count,
        inFlight: IN_FLIGHT,
      },
    };
  } finally {
    await close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Drives CASES cases through all their steps, `lanes` cases at a time. */
async function driveCases(app: App, clock: ManualClock, lanes: number) {
  const staff = await app.store.users.list('atyrau-religious-affairs');
  const as = (role: string): User => staff.find((u) => u.role === role)!;
  const started = performance.now();
  let next = 0;

  clock.set(Date.parse('2019-03-04T09:00:00+05:00'));
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < CASES) {
        next += 1;
        await driveOne(app, as);
      }
    }),
  );

  const count = CASES * 6;

  return { count, perSecond: count / ((performance.now() - started) / 1000) };
}

async function driveOne(app: App, as: (role: string) => User): Promise<void> {
  const officer = as('officer');
  const state = await registerApplication(app, as('clerk'), {
    serviceCode: 'missionary-registration',
    applicant: { kind: 'person', iin: '850715401236', surname: 'Жұмабаева', givenName: 'Гүлнар' },
    representative: null,
    documentsPresented: [
      'application',
      'identity-document',
      'association-mandate',
      'religious-materials',
    ],
  });

  await actOnCase(app, as('clerk'), state.id, { type: 'accept' });
  await actOnCase(app, as('head'), state.id, { type: 'forward', officerId: officer.id });
  await actOnCase(app, officer, state.id, { type: 'submit-draft', draft: REFUSAL });
  await actOnCase(app, as('head'), state.id, { type: 'sign' });
  await actOnCase(app, as('clerk'), state.id, {
    type: 'issue',
    to: 'recipient',
    receivedBy: 'Жұмабаева Г.',
    powerOfAttorney: null,
  });
}

const REFUSAL = {
  kind: 'reasoned-refusal' as const,
  fields: { reasoning: 'Сараптама қорытындысы теріс' },
  grounds: ['negative-expert-opinion'],
};

/**
 * Two raw baselines, single-row transactions on the same file with the store's settings (WAL,
 * synchronous=NORMAL): `minimal`, a 200-byte row in a table without secondary indexes (the
 * floor of a commit), and `indexed`, a ten-column registration row with a unique random key and
 * a composite index (a realistic row, as in the stack notes' SQLite baseline).
 */
function rawCommits(file: string, kind: 'minimal' | 'indexed'): number {
  const db = new SqliteDatabase(file);

  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(kind === 'minimal' ? MINIMAL_TABLE : INDEXED_TABLE);

  const insert = db.prepare(kind === 'minimal' ? MINIMAL_INSERT : INDEXED_INSERT);
  const commit = db.transaction((i: number) => insert.run(rawRow(kind, i)));
  const started = performance.now();

  for (let i = 0; i < RAW_COMMITS; i++) commit(i);

  const perSecond = RAW_COMMITS / ((performance.now() - started) / 1000);

  // Leave the write-ahead log empty, so that the next measurement does not pay for this one's
  // checkpoint.
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();

  return perSecond;
}

const MINIMAL_TABLE = 'CREATE TABLE IF NOT EXISTS bench_raw (id INTEGER PRIMARY KEY, payload TEXT)';
const MINIMAL_INSERT = 'INSERT INTO bench_raw (payload) VALUES (@payload)';
const INDEXED_TABLE = `
  CREATE TABLE IF NOT EXISTS bench_registration (
    id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, org_id INTEGER NOT NULL,
    status TEXT NOT NULL, full_name TEXT NOT NULL, iin TEXT NOT NULL, city TEXT NOT NULL,
    region_code INTEGER NOT NULL, amount REAL NOT NULL, created_at INTEGER NOT NULL,
    payload TEXT NOT NULL);
  CREATE INDEX IF NOT EXISTS bench_registration_org
    ON bench_registration (org_id, status, created_at);`;
const INDEXED_INSERT =
  'INSERT INTO bench_registration (uid, org_id, status, full_name, iin, city, region_code, ' +
  'amount, created_at, payload) VALUES (@uid, @org, @status, @name, @iin, @city, @region, ' +
  '@amount, @at, @payload)';

function rawRow(kind: 'minimal' | 'indexed', i: number): Record<string, unknown> {
  if (kind === 'minimal') return { payload: 'x'.repeat(200) };

  return {
    uid: randomUUID(),
    org: i % 50,
    status: ['new', 'open', 'closed'][i % 3],
    name: 'Жұмабаева Гүлнар Ерланқызы',
    iin: '850715401236',
    city: 'Атырау',
    region: 23,
    amount: i * 1.5,
    at: 1_551_672_000_000 + i,
    payload: 'y'.repeat(110),
  };
}

function round(n: number): number {
  return Math.round(n);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchCaseCommands(), null, 2));
}
