import type { EntryBody } from '../../../api/admin-endpoints';
import type { CalendarEntry, CalendarEntryKind, LegalSourceKind } from '../../../api/types';

interface Texts {
  kk?: string;
  ru?: string;
  en?: string;
}

/** The entry form's values; names follow the API's body so that its errors find their field. */
export interface EntryValues {
  date: string;
  kind: CalendarEntryKind;
  name: Texts;
  source: {
    kind: LegalSourceKind;
    title?: string;
    titles: Texts;
    reference?: string;
    references: Texts;
    url?: string;
  };
  note?: string;
}

/** A new entry starts as the commonest correction: a day off moved by a government decree. */
export function entryValues(entry: CalendarEntry | null): EntryValues {
  if (entry === null) {
    return {
      date: '',
      kind: 'transferred-day-off',
      name: {},
      source: { kind: 'decree', titles: {}, references: {} },
    };
  }

  const { source } = entry;

  return {
    date: entry.date,
    kind: entry.kind,
    name: { ...entry.name },
    source: { ...source, titles: { ...source.titles }, references: { ...source.references } },
    ...(entry.note === undefined ? {} : { note: entry.note }),
  };
}

const clean = (value: string | undefined): string => (value ?? '').trim();

/** Optional texts are left out when empty; translations go together or not at all. */
export function entryBody(values: EntryValues): EntryBody {
  const { source } = values;
  const titles = localized(source.titles);
  const references = localized(source.references);
  const reference = clean(source.reference);
  const url = clean(source.url);
  const note = clean(values.note);

  return {
    kind: values.kind,
    name: { kk: clean(values.name.kk), ru: clean(values.name.ru), en: clean(values.name.en) },
    source: {
      kind: source.kind,
      title: clean(source.title),
      ...(titles === null ? {} : { titles }),
      ...(reference === '' ? {} : { reference }),
      ...(references === null ? {} : { references }),
      ...(url === '' ? {} : { url }),
    },
    ...(note === '' ? {} : { note }),
  };
}

function localized(texts: Texts) {
  const value = { kk: clean(texts.kk), ru: clean(texts.ru), en: clean(texts.en) };

  return value.kk === '' || value.ru === '' || value.en === '' ? null : value;
}
