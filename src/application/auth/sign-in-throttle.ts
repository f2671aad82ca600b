import type { App } from '../context.js';

/** Five wrong passwords within a quarter of an hour close a login for the rest of it. */
export const FAILURES_ALLOWED = 5;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

const failures = new WeakMap<App, Map<string, number[]>>();

function recent(app: App, login: string): number[] {
  const byLogin = failures.get(app) ?? new Map<string, number[]>();
  const since = app.wallClock.now() - THROTTLE_WINDOW_MS;
  const kept = (byLogin.get(login) ?? []).filter((at) => at > since);

  failures.set(app, byLogin);
  byLogin.set(login, kept);

  return kept;
}

/**
 * Minutes until the login may try again, or 0 when it may now. Counted in this process's
 * memory: several server processes each allow their own five attempts.
 */
export function minutesLocked(app: App, login: string): number {
  const attempts = recent(app, login);

  if (attempts.length < FAILURES_ALLOWED) return 0;

  const reopens = attempts[attempts.length - FAILURES_ALLOWED]! + THROTTLE_WINDOW_MS;

  return Math.max(1, Math.ceil((reopens - app.wallClock.now()) / 60_000));
}

export function recordFailure(app: App, login: string): void {
  recent(app, login).push(app.wallClock.now());
}

export function clearFailures(app: App, login: string): void {
  failures.get(app)?.delete(login);
}
