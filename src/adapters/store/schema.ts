import type { Generated } from 'kysely';

/**
 * The database as Kysely sees it. One schema serves SQLite and PostgreSQL: instants are epoch
 * milliseconds in 64-bit integers, dates are ISO text, structured values are JSON text.
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  acts: ActsTable;
  service_versions: ServiceVersionsTable;
  cases: CasesTable;
  case_events: CaseEventsTable;
  incoming_counters: IncomingCountersTable;
  calendar_entries: CalendarEntriesTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
}

export interface UsersTable {
  id: string;
  login: string;
  password_hash: string;
  full_name: string;
  role: string;
  provider_code: string;
  language: string;
  active: number;
  created_at: number;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: number;
  expires_at: number;
}

export interface ActsTable {
  code: string;
  document: string;
  updated_at: number;
}

export interface ServiceVersionsTable {
  id: string;
  service_code: string;
  valid_from: string;
  valid_to: string | null;
  definition: string;
  created_at: number;
  created_by: string;
}

export interface CasesTable {
  id: string;
  service_code: string;
  version_id: string;
  provider_code: string;
  status: string;
  step_code: string | null;
  holder_id: string | null;
  holder_role: string | null;
  step_started_at: number | null;
  due_at: number | null;
  limit_amount: number | null;
  limit_unit: string | null;
  term_due_at: number | null;
  registered_at: number;
  incoming_number: string | null;
  applicant_name: string;
  applicant_number: string;
  /** Incoming number and applicant name lowercased by the application, for search. */
  search_text: string;
  revision: number;
  /** The hash of the case's last event, where the next event's chain link starts. */
  last_hash: string;
  updated_at: number;
}

export interface CaseEventsTable {
  case_id: string;
  seq: number;
  type: string;
  at: number;
  actor_id: string;
  actor_role: string;
  event: string;
  prev_hash: string;
  hash: string;
  recorded_at: number;
}

export interface IncomingCountersTable {
  provider_code: string;
  year: number;
  last_number: number;
}

export interface CalendarEntriesTable {
  date: string;
  kind: string;
  entry: string;
  updated_at: number;
  updated_by: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: number;
  actor_id: string;
  action: string;
  subject: string;
  before: string | null;
  after: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}
