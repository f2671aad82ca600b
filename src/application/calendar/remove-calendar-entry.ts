import type { CalendarEntry, WorkCalendar } from '../../domain/calendar/index.js';
import type { IsoDate } from '../../domain/shared/time.js';
import { requireRole } from '../access.js';
import type { App } from '../context.js';
import type { Store, User } from '../ports.js';
import { editCalendar } from './edit-calendar.js';

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

  const result = await editCalendar(app, (stored, store) =>
    removeEntry(app, user, date, stored, store),
  );

  if (result.removed !== null) {
    app.log.info({ date, kind: result.removed.kind }, 'calendar entry removed');
  }

  return result;
}

async function removeEntry(
  app: App,
  user: User,
  date: IsoDate,
  stored: WorkCalendar,
  store: Store,
): Promise<EntryRemoved> {
  const removed = stored.entryOn(date) ?? null;

  if (stored.withoutEntry(date) === stored) return { date, removed: null };

  await store.calendar.remove(date);
  await store.audit.append({
    at: app.clock.now(),
    actorId: user.id,
    action: 'calendar.entry-removed',
    subject: date,
    before: removed,
    after: null,
  });

  return { date, removed };
}
