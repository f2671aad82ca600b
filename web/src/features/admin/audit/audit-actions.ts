import { formatDate } from '../../../format/dates';
import type { Messages } from '../../../i18n/messages';

type ActionKey = keyof Messages['audit']['actions'];

/** The actions the server records (`action` of an audit record), by their message. */
const ACTIONS: Readonly<Record<string, ActionKey>> = {
  'user.created': 'userCreated',
  'user.updated': 'userUpdated',
  'calendar.entry-set': 'calendarEntrySet',
  'calendar.entry-removed': 'calendarEntryRemoved',
  'office-hours.set': 'officeHoursSet',
  'service-version.added': 'serviceVersionAdded',
  'act.publication-set': 'actPublicationSet',
};

/** The message key of an action, or null for one this screen does not know yet. */
export function actionKey(action: string): ActionKey | null {
  return ACTIONS[action] ?? null;
}

/**
 * What a record's subject names, for people: an account's holder instead of the account's id,
 * a calendar date as the office writes dates; any other subject as the server stored it.
 */
export function subjectText(
  record: { readonly action: string; readonly subject: string },
  person: (id: string) => string,
): string {
  if (record.action.startsWith('user.')) return person(record.subject);
  if (record.action.startsWith('calendar.')) return formatDate(record.subject);

  return record.subject;
}
