import type { CaseEvent, CaseState } from '../domain/case/index.js';
import type { Act, Role, Service, ServiceVersion } from '../domain/regulation/types.js';
import type { Lang } from '../domain/shared/text.js';
import type { Instant, IsoDate, Limit } from '../domain/shared/time.js';

export type { Clock } from '../domain/shared/time.js';

/** Everyone who signs in: the regulation's three roles, the administrator and the auditor. */
export type UserRole = Role | 'admin' | 'auditor';

export interface User {
  readonly id: string;
  readonly login: string;
  readonly fullName: string;
  readonly role: UserRole;
  readonly providerCode: string;
  readonly language: Lang;
  readonly active: boolean;
}

export interface StoredEvent {
  readonly caseId: string;
  readonly seq: number;
  readonly event: CaseEvent;
  readonly prevHash: string;
  readonly hash: string;
  readonly recordedAt: Instant;
}

export interface CaseSummary {
  readonly id: string;
  readonly serviceCode: string;
  readonly status: string;
  readonly stepCode: string | null;
  readonly holderId: string | null;
  readonly stepStartedAt: Instant | null;
  readonly dueAt: Instant | null;
  readonly limit: Limit | null;
  readonly termDueAt: Instant | null;
  readonly registeredAt: Instant;
  readonly incomingNumber: string | null;
  readonly applicantName: string;
  readonly revision: number;
}

export interface CaseFilter {
  readonly holderId?: string;
  readonly open?: boolean;
  readonly serviceCode?: string;
  readonly stepCode?: string;
  readonly overdueAt?: Instant;
  readonly search?: string;
  readonly limit: number;
  readonly offset: number;
}

export interface CaseRepository {
  get(id: string): Promise<CaseState | null>;
  /** Stores a new case with its first events. */
  create(state: CaseState, events: readonly CaseEvent[]): Promise<void>;
  /**
   * Appends events and the new state if the case is still at `expectedRevision`; otherwise
   * throws CONCURRENT_UPDATE and writes nothing.
   */
  append(state: CaseState, expectedRevision: number, events: readonly CaseEvent[]): Promise<void>;
  events(id: string): Promise<StoredEvent[]>;
  list(filter: CaseFilter): Promise<{ total: number; items: CaseSummary[] }>;
  /** Open cases held by each user, for the head's choice of officer. */
  loadByHolder(providerCode: string): Promise<Map<string, number>>;
  /** The next incoming number of a provider in a year: 1, 2, 3... never reused. */
  nextIncomingNumber(providerCode: string, year: number): Promise<number>;
}

export interface NewUser extends User {
  readonly passwordHash: string;
}

export interface UserRepository {
  byId(id: string): Promise<User | null>;
  byLogin(login: string): Promise<(User & { passwordHash: string }) | null>;
  list(providerCode: string, role?: UserRole): Promise<User[]>;
  insert(user: NewUser): Promise<void>;
  setLanguage(id: string, language: Lang): Promise<void>;
}

export interface SessionRepository {
  create(tokenHash: string, userId: string, now: Instant, expiresAt: Instant): Promise<void>;
  userId(tokenHash: string, now: Instant): Promise<string | null>;
  remove(tokenHash: string): Promise<void>;
}

export interface CatalogueRepository {
  act(): Promise<Act | null>;
  saveAct(act: Act, now: Instant): Promise<void>;
  services(): Promise<Service[]>;
  insertVersion(version: ServiceVersion, now: Instant, by: string): Promise<void>;
  updateValidity(id: string, from: IsoDate, to: IsoDate | null): Promise<void>;
}

export interface StoredCalendarEntry {
  readonly date: IsoDate;
  readonly kind: string;
  readonly entry: unknown;
}

export interface CalendarRepository {
  entries(): Promise<StoredCalendarEntry[]>;
  upsert(entry: StoredCalendarEntry, now: Instant, by: string): Promise<void>;
  remove(date: IsoDate): Promise<void>;
}

export interface AuditRecord {
  readonly at: Instant;
  readonly actorId: string;
  readonly action: string;
  readonly subject: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface AuditRepository {
  append(record: AuditRecord): Promise<void>;
  list(limit: number): Promise<(AuditRecord & { id: number })[]>;
}

export interface SettingsRepository {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

/**
 * The store as the use cases see it. `transaction` runs the work on one connection and commits
 * all of its writes or none of them.
 */
export interface Store {
  readonly cases: CaseRepository;
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly catalogue: CatalogueRepository;
  readonly calendar: CalendarRepository;
  readonly audit: AuditRepository;
  readonly settings: SettingsRepository;
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
}
