import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_FILE } from '../../../src/adapters/store/connect.js';
import type { TestOffice } from './server.js';

/**
 * What someone with access to the database file could do behind the application's back, for
 * tests of the history check. The triggers that keep events append-only are dropped first, as
 * such a person would.
 */
export function rewriteEvent(
  office: TestOffice,
  caseId: string,
  seq: number,
  from: string,
  to: string,
) {
  withDatabase(office, (db) => {
    db.exec('DROP TRIGGER IF EXISTS case_events_no_update');
    db.prepare(
      'UPDATE case_events SET event = replace(event, ?, ?) WHERE case_id = ? AND seq = ?',
    ).run(from, to, caseId, seq);
  });
}

/** Changes the stored case row (its searchable projection), leaving its events alone. */
export function rewriteCaseRow(office: TestOffice, caseId: string, applicantName: string) {
  withDatabase(office, (db) => {
    db.prepare('UPDATE cases SET applicant_name = ? WHERE id = ?').run(applicantName, caseId);
  });
}

function withDatabase(office: TestOffice, work: (db: Database.Database) => void): void {
  const db = new Database(join(office.dataDir, SQLITE_FILE));

  try {
    work(db);
  } finally {
    db.close();
  }
}
