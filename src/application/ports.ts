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
  /** The event exactly as stored, which is what its hash covers. */
  readonly eventText: string;
  readonly prevHash: string;
  readonly hash: string;
  readonly recordedAt: Instant;
}

export interface CaseSummary {
  readonly id: string;
  readonly serviceCode: string;
  readonly providerCode: string;
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

/** A decided change: the case after the command and the events that record it. */
export interface CaseChange {
  readonly state: CaseState;
  readonly events: readonly CaseEvent[];
}

/** What a decision needs from the store besides the case, read in the same transaction. */
export interface CaseNeeds {
  /** Allocate the next incoming number of this provider and year. */
  readonly incomingNumber?: { readonly providerCode: string; readonly year: number };
  /** The active head of this provider. */
  readonly headOf?: string;
  /** A user by id (the person a command names). */
  readonly user?: string;
}

export interface ResolvedNeeds {
  readonly incomingNumber: number | null;
  readonly head: User | null;
  readonly user: User | null;
}

/**
 * A command's decision as the store runs it: first what it needs is read (or allocated) in
 * the command's transaction, then `decide` runs, synchronous and pure. It throws a
 * ReglamentError to refuse, which rolls back everything the command did, an incoming number
 * included.
 */
export interface CaseDecision {
  readonly needs?: (state: CaseState) => CaseNeeds;
  readonly decide: (state: CaseState, resolved: ResolvedNeeds) => CaseChange;
}

export interface CaseRepository {
  get(id: string): Promise<CaseState | null>;
  /** Stores a new case with its first events. */
  create(state: CaseState, events: readonly CaseEvent[]): Promise<void>;
  /**
   * Runs one command atomically: loads the case, checks the caller saw its latest revision
   * (CONCURRENT_UPDATE otherwise), decides, and appends the events with the new state. Either
   * all of it is committed or none of it.
   */
  change(
    id: string,
    expectedRevision: number | undefined,
    decide: CaseDecision,
  ): Promise<CaseState>;
  events(id: string): Promise<StoredEvent[]>;
  /** The stored projection of a case (its row), to compare with a replay of its events. */
  projection(id: string): Promise<CaseProjection | null>;
  list(filter: CaseFilter): Promise<{ total: number; items: CaseSummary[] }>;
  /** Open cases held by each user, for the head's choice of officer. */
  loadByHolder(providerCode: string): Promise<Map<string, number>>;
}

/** The searchable columns of a case, derived from its state. */
export interface CaseProjection {
  readonly id: string;
  readonly serviceCode: string;
  readonly versionId: string;
  readonly providerCode: string;
  readonly status: string;
  readonly stepCode: string | null;
  readonly holderId: string | null;
  readonly holderRole: string | null;
  readonly stepStartedAt: Instant | null;
  readonly dueAt: Instant | null;
  readonly limitAmount: number | null;
  readonly limitUnit: string | null;
  readonly termDueAt: Instant | null;
  readonly registeredAt: Instant;
  readonly incomingNumber: string | null;
  readonly applicantName: string;
  readonly applicantNumber: string;
  readonly revision: number;
}

export interface NewUser extends User {
  readonly passwordHash: string;
}

export interface UserChanges {
  readonly fullName?: string;
  readonly role?: UserRole;
  readonly language?: Lang;
  readonly active?: boolean;
  readonly passwordHash?: string;
}

export interface UserRepository {
  byId(id: string): Promise<User | null>;
  byLogin(login: string): Promise<(User & { passwordHash: string }) | null>;
  list(providerCode: string, role?: UserRole): Promise<User[]>;
  /** The active head of each provider. */
  heads(): Promise<Map<string, User>>;
  insert(user: NewUser): Promise<void>;
  update(id: string, changes: UserChanges): Promise<void>;
  setLanguage(id: string, language: Lang): Promise<void>;
}

export interface SessionRepository {
  create(tokenHash: string, userId: string, now: Instant, expiresAt: Instant): Promise<void>;
  userId(tokenHash: string, now: Instant): Promise<string | null>;
  remove(tokenHash: string): Promise<void>;
  /** Forgets every session that expired before `now`. */
  purgeExpired(now: Instant): Promise<void>;
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
  /**
   * Adds one to a counter, creating it at 1. Inside a transaction it holds the counter's row
   * until commit, which serialises whoever increments the same key.
   */
  increment(key: string): Promise<number>;
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
