import {
  validateEntry,
  type CalendarEntry,
  type WorkCalendar,
} from '../../domain/calendar/index.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import { requireRole } from '../access.js';
import type { App } from '../context.js';
import type { Store, User } from '../ports.js';
import { editCalendar } from './edit-calendar.js';

export interface EntrySet {
  readonly entry: CalendarEntry;
  /** The entry the date had before, if any. */
  readonly previous: CalendarEntry | null;
  /** False when the date already held this very entry: nothing was written or audited. */
  readonly changed: boolean;
}

/**
 * The administrator adds a dated entry to the calendar (a transfer decree published during the
 * year, a Kurban Ait date) or corrects one. The domain checks it against the current calendar
 * first, so an entry that contradicts the date's entry is refused and nothing is written; the
 * entry and its audit record are then written in one transaction and the calendar reloaded.
 *
 * @example
 *   await upsertCalendarEntry(app, admin, { date: '2027-05-17', kind: 'holiday-day-off',
 *     name, source });
 * @throws ReglamentError ROLE_FORBIDDEN, CALENDAR_ENTRY_INVALID, CALENDAR_OUT_OF_RANGE or
 *   CALENDAR_CONFLICT
 */
export async function upsertCalendarEntry(app: App, user: User, value: unknown): Promise<EntrySet> {
  requireRole(user, 'admin');

  const entry = checkedEntry(value);

  const result = await editCalendar(app, (stored, store) =>
    setEntry(app, user, entry, stored, store),
  );

  if (result.changed) app.log.info({ date: entry.date, kind: entry.kind }, 'calendar entry set');

  return result;
}

async function setEntry(
  app: App,
  user: User,
  entry: CalendarEntry,
  stored: WorkCalendar,
  store: Store,
): Promise<EntrySet> {
  const previous = stored.entryOn(entry.date) ?? null;

  if (stored.withEntry(entry) === stored) return { entry, previous, changed: false };

  const now = app.clock.now();

  await store.calendar.upsert({ date: entry.date, kind: entry.kind, entry }, now, user.id);
  await store.audit.append({
    at: now,
    actorId: user.id,
    action: 'calendar.entry-set',
    subject: entry.date,
    before: previous,
    after: entry,
  });

  return { entry, previous, changed: true };
}

/**
 * The domain lists each problem as `entry.source.url must be a URL`; the user's message names
 * the fields (`source.url`), so they are added as `field` next to the full list.
 */
function checkedEntry(value: unknown): CalendarEntry {
  try {
    return validateEntry(value);
  } catch (error: unknown) {
    const problems = error instanceof ReglamentError ? error.details.problems : undefined;

    if (!Array.isArray(problems)) throw error;

    const fields = problems.map((p: string) => p.split(' ')[0]?.replace(/^entry\./, ''));

    throw new ReglamentError('CALENDAR_ENTRY_INVALID', { problems, field: fields.join(', ') });
  }
}
