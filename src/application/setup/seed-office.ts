import type { CalendarEntry } from '../../domain/calendar/index.js';
import type { Catalogue } from '../../domain/regulation/read-catalogue.js';
import type { Lang } from '../../domain/shared/text.js';
import type { IdSource, PasswordHasher } from '../context.js';
import type { Clock, Store, UserRole } from '../ports.js';
import { checkPassword } from '../users/password-policy.js';

export interface DemoUser {
  readonly login: string;
  readonly fullName: string;
  readonly role: UserRole;
  readonly language: Lang;
}

export interface SeedInput {
  readonly catalogue: Catalogue;
  readonly calendar: readonly CalendarEntry[];
  /** The office's staff, created with `password` if the store has no users yet. */
  readonly users: { readonly providerCode: string; readonly people: readonly DemoUser[] };
  /** Needed only when the store has no users yet. */
  readonly password: string | undefined;
}

export interface SeedReport {
  readonly catalogue: boolean;
  readonly calendar: number;
  readonly users: number;
}

/**
 * Fills what is empty on first start, and nothing else: an administrator's later changes to the
 * catalogue or the calendar are never overwritten by the shipped data.
 */
export async function seedIfEmpty(
  store: Store,
  deps: { clock: Clock; passwords: PasswordHasher; ids: IdSource },
  input: SeedInput,
): Promise<SeedReport> {
  const now = deps.clock.now();
  const hashes = await hashOnce(store, deps.passwords, input);

  return store.transaction(async (tx) => {
    const catalogue = (await tx.catalogue.act()) === null;
    const calendar = (await tx.calendar.entries()).length === 0 ? input.calendar : [];

    if (catalogue) {
      await tx.catalogue.saveAct(input.catalogue.act, now);
      for (const v of input.catalogue.services.flatMap((s) => s.versions)) {
        await tx.catalogue.insertVersion(v, now, 'seed');
      }
    }
    for (const entry of calendar) {
      await tx.calendar.upsert({ date: entry.date, kind: entry.kind, entry }, now, 'seed');
    }
    for (const person of hashes === null ? [] : input.users.people) {
      await tx.users.insert({
        ...person,
        id: deps.ids.next(),
        providerCode: input.users.providerCode,
        active: true,
        passwordHash: hashes!,
      });
    }

    return {
      catalogue,
      calendar: calendar.length,
      users: hashes === null ? 0 : input.users.people.length,
    };
  });
}

/** Hashing is slow on purpose, so it happens once and outside the transaction. */
async function hashOnce(store: Store, passwords: PasswordHasher, input: SeedInput) {
  const anyone = await store.users.list(input.users.providerCode);

  if (anyone.length > 0 || input.users.people.length === 0) return null;
  if (input.password === undefined) {
    throw new Error('The first start of a live office needs REGLAMENT_ADMIN_PASSWORD');
  }

  checkPassword(input.password);

  return passwords.hash(input.password);
}
