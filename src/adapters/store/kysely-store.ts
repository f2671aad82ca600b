import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Clock, Store } from '../../application/ports.js';
import { CaseCache } from './case-cache.js';
import { caseRepository } from './cases.js';
import {
  auditRepository,
  calendarRepository,
  catalogueRepository,
  settingsRepository,
} from './admin.js';
import { sessionRepository, userRepository } from './people.js';
import type { Database } from './schema.js';
import { SqliteCaseWriter } from './sqlite-case-writer.js';

/**
 * The store on Kysely. Inside `transaction` every repository is bound to the transaction's
 * connection, so a use case's reads and writes commit or roll back together. On SQLite, case
 * commands outside such a transaction go through the group-committing writer.
 */
export function kyselyStore(
  db: Kysely<Database>,
  clock: Clock,
  sqlite: BetterSqlite3.Database | null = null,
  cache = new CaseCache(),
): Store {
  const now = (): number => clock.now();
  const cases = caseRepository(db, cache, now);
  const writer =
    sqlite === null || db.isTransaction ? null : new SqliteCaseWriter(sqlite, db, cache, now);

  return {
    cases:
      writer === null
        ? cases
        : {
            ...cases,
            create: (state, events) => writer.create(state, events),
            change: (id, expected, decision) => writer.change(id, expected, decision),
          },
    users: userRepository(db, now),
    sessions: sessionRepository(db),
    catalogue: catalogueRepository(db),
    calendar: calendarRepository(db),
    audit: auditRepository(db),
    settings: settingsRepository(db),
    transaction: (work) =>
      db.isTransaction
        ? work(kyselyStore(db, clock, null, cache))
        : db.transaction().execute((trx) => work(kyselyStore(trx, clock, null, cache))),
  };
}
