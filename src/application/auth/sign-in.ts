import { createHash } from 'node:crypto';
import { ReglamentError } from '../../domain/shared/errors.js';
import type { App } from '../context.js';
import type { User } from '../ports.js';
import { clearFailures, minutesLocked, recordFailure } from './sign-in-throttle.js';

/** A working day and then some: staff sign in each morning. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Checks the password against its argon2id hash and opens a session. Only the token's hash is
 * stored, so a copy of the database does not let anyone sign in.
 */
export async function signIn(
  app: App,
  login: string,
  password: string,
): Promise<{ token: string; user: User; expiresAt: number }> {
  const key = login.trim().toLowerCase();
  const locked = minutesLocked(app, key);

  if (locked > 0) {
    app.log.info({ outcome: 'throttled' }, 'sign-in');
    throw new ReglamentError('AUTH_THROTTLED', { minutes: locked });
  }

  const found = await app.store.users.byLogin(key);
  const ok =
    found !== null && found.active && (await app.passwords.verify(found.passwordHash, password));

  if (!ok || found === null) {
    recordFailure(app, key);
    app.log.info({ outcome: 'refused' }, 'sign-in');
    throw new ReglamentError('AUTH_FAILED');
  }

  clearFailures(app, key);

  return openSession(app, found);
}

async function openSession(app: App, found: User & { passwordHash: string }) {
  const token = app.ids.secret();
  const now = app.wallClock.now();
  const expiresAt = now + SESSION_TTL_MS;

  // Each sign-in sweeps away expired sessions, so the table holds only live ones.
  await app.store.sessions.purgeExpired(now);
  await app.store.sessions.create(tokenHash(token), found.id, now, expiresAt);
  app.log.info({ userId: found.id, outcome: 'signed-in' }, 'sign-in');

  const { passwordHash: _hidden, ...user } = found;

  return { token, user, expiresAt };
}

/** The signed-in user of a session token, or null when it is unknown or expired. */
export async function userOfToken(app: App, token: string): Promise<User | null> {
  const userId = await app.store.sessions.userId(tokenHash(token), app.wallClock.now());
  const user = userId === null ? null : await app.store.users.byId(userId);

  return user?.active === true ? user : null;
}

export async function signOut(app: App, token: string): Promise<void> {
  await app.store.sessions.remove(tokenHash(token));
}
