import type { Lang, LegalSource } from '../api/types';

/** The act a calendar entry rests on, titled in the interface language where the data has it. */
export function citation(source: LegalSource, lang: Lang): string {
  const title = source.titles === undefined ? source.title : source.titles[lang];

  return [title, source.reference].filter(Boolean).join(', ');
}
