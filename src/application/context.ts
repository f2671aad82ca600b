import type { Service } from '../domain/regulation/types.js';
import type { Clock, Store } from './ports.js';
import type { WorkingTime } from './working-time.js';

/** Structured logging: a constant message and fields. Never names, IINs or document text. */
export interface Logger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
  child(fields: object): Logger;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export interface IdSource {
  /** Time-ordered unique ids, so new rows land at the end of their indexes. */
  next(): string;
  /** An unguessable secret, such as a session token. */
  secret(): string;
}

/** Whether the office works on real applications or trains on a simulated clock. */
export type Mode = 'live' | 'training';

/**
 * What every use case is given: ports, not drivers. Built once at start-up by the composition
 * root (`interfaces/compose.ts`) and by the test setup.
 */
export interface App {
  readonly store: Store;
  /** The office's clock: real time in a live office, a simulated date in training. */
  readonly clock: Clock;
  /** Real time, for what must not follow a simulated date: sessions and their expiry. */
  readonly wallClock: Clock;
  readonly mode: Mode;
  readonly ids: IdSource;
  readonly passwords: PasswordHasher;
  readonly log: Logger;
  /**
   * The working calendar with a provider's office hours (the office's own provider when none
   * is named); replaced when an administrator corrects the calendar or the hours.
   */
  workingTime(providerCode?: string): WorkingTime;
  /** The current catalogue, read through the store and kept in memory. */
  services(): Promise<readonly Service[]>;
  /** Called after a change to the catalogue or calendar, so the next read sees it. */
  reload(): Promise<void>;
}
