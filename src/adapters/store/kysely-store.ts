import type { Kysely } from 'kysely';
import type { Clock, Store } from '../../application/ports.js';
import { caseRepository } from './cases.js';
import {
  auditRepository,
  calendarRepository,
  catalogueRepository,
  settingsRepository,
} from './admin.js';
import { sessionRepository, userRepository } from './people.js';
import type { Database } from './schema.js';

/**
 * The store on Kysely. Inside `transaction` every repository is bound to the transaction's
 * connection, so a use case's reads and writes commit or roll back together.
 */
export function kyselyStore(db: Kysely<Database>, clock: Clock): Store {
  const now = (): number => clock.now();
  const inTransaction = db.isTransaction;

  return {
    cases: caseRepository(db, now),
    users: userRepository(db, now),
    sessions: sessionRepository(db),
    catalogue: catalogueRepository(db),
    calendar: calendarRepository(db),
    audit: auditRepository(db),
    settings: settingsRepository(db),
    transaction: (work) =>
      inTransaction
        ? work(kyselyStore(db, clock))
        : db.transaction().execute((trx) => work(kyselyStore(trx, clock))),
  };
}
