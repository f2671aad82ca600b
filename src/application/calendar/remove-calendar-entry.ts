import type { CalendarEntry } from '../../domain/calendar/index.js';
import type { IsoDate } from '../../domain/shared/time.js';
import { requireRole } from '../access.js';
import type { App } from '../context.js';
import type { User } from '../ports.js';
import { oneEditAtATime } from './one-edit-at-a-time.js';

export interface EntryRemoved {
  readonly date: IsoDate;
  /** The entry removed; null when the date had none, and then nothing was written. */
  readonly removed: CalendarEntry | null;
}

/**
 * The administrator removes the entry of a date, which then follows the weekend rule again (as
 * when an announced day off is cancelled). The removal and its audit record are written in one
 * transaction and the calendar reloaded. Removing from a date without an entry changes nothing,
 * so a repeated request is harmless.
 *
 * @example await removeCalendarEntry(app, admin, '2024-06-17');
 * @throws ReglamentError ROLE_FORBIDDEN, CALENDAR_ENTRY_INVALID for a malformed date, or
 *   CALENDAR_OUT_OF_RANGE
 */
export async function removeCalendarEntry(
  app: App,
  user: User,
  date: IsoDate,
): Promise<EntryRemoved> {
  requireRole(user, 'admin');

  return oneEditAtATime(app, () => removeEntry(app, user, date));
}

async function removeEntry(app: App, user: User, date: IsoDate): Promise<EntryRemoved> {
  const current = app.workingTime().calendar;
  const removed = current.entryOn(date) ?? null;

  if (current.withoutEntry(date) === current) return { date, removed: null };

  await app.store.transaction(async (store) => {
    await store.calendar.remove(date);
    await store.audit.append({
      at: app.clock.now(),
      actorId: user.id,
      action: 'calendar.entry-removed',
      subject: date,
      before: removed,
      after: null,
    });
  });
  await app.reload();

  app.log.info({ date, kind: removed?.kind }, 'calendar entry removed');

  return { date, removed };
}
