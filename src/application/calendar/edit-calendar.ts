import { WorkCalendar, type CalendarEntry } from '../../domain/calendar/index.js';
import type { App } from '../context.js';
import type { Store } from '../ports.js';

/** Bumped by every calendar edit; the row it lives in serialises edits across processes. */
const CALENDAR_REVISION = 'calendar.revision';

/**
 * Runs one calendar edit in a transaction that first takes the calendar's revision row, so that
 * edits from any number of server processes happen one after another, and checks the edit
 * against the calendar as stored at that moment (not as this process last loaded it). The
 * calendar in memory is reloaded after the commit.
 *
 * @example
 *   await editCalendar(app, (calendar, store) => write(calendar.withEntry(entry), store));
 */
export async function editCalendar<T>(
  app: App,
  edit: (stored: WorkCalendar, store: Store) => Promise<T>,
): Promise<T> {
  const result = await app.store.transaction(async (store) => {
    await store.settings.increment(CALENDAR_REVISION);

    return edit(await storedCalendar(app, store), store);
  });

  await app.reload();

  return result;
}

async function storedCalendar(app: App, store: Store): Promise<WorkCalendar> {
  const loaded = app.workingTime().calendar;
  const entries = (await store.calendar.entries()).map((e) => e.entry as CalendarEntry);
  const years = Array.from({ length: loaded.lastYear - loaded.firstYear + 1 }, (_, i) =>
    loaded.yearInfo(loaded.firstYear + i),
  );

  return WorkCalendar.create({
    firstYear: loaded.firstYear,
    lastYear: loaded.lastYear,
    entries,
    years,
  });
}
