import type { App } from '../context.js';

const queues = new WeakMap<App, Promise<unknown>>();

/**
 * Runs calendar edits of one app in turn. Each edit checks itself against the calendar in
 * memory and reloads it after commit; two edits interleaved would both check against the
 * calendar before either, and the second could write a contradiction the check exists to stop.
 *
 * @example await oneEditAtATime(app, () => setEntry(app, user, entry));
 */
export function oneEditAtATime<T>(app: App, edit: () => Promise<T>): Promise<T> {
  const previous = queues.get(app) ?? Promise.resolve();
  const result = previous.then(edit, edit);

  queues.set(
    app,
    result.catch(() => undefined),
  );

  return result;
}
