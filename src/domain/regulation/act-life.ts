import { addDays } from '../shared/reader.js';
import type { IsoDate } from '../shared/time.js';
import type { ActEvent, ActReference } from './types.js';
import type { Localized } from '../shared/text.js';

/**
 * The first day an act (or its amendment, or its repeal) applies. "In force ten calendar days
 * after the first official publication" leaves the publication day out, lets ten whole days
 * pass, and applies from the day after them: published on 1 March, in force on 12 March.
 */
export function inForceFrom(event: ActEvent): IsoDate {
  return addDays(event.publishedOn, event.inForceAfterDays + 1);
}

const NUMBER_WORD: Localized = { kk: '№', ru: '№', en: 'No.' };

/**
 * Names an act the way its language cites it.
 *
 * @example
 *   actName(ref, 'ru') // 'постановление Акимат Атырауской области от 2019-12-25 № 304'
 */
export function actName(ref: ActReference, lang: keyof Localized): string {
  const number = `${NUMBER_WORD[lang]} ${ref.number}`;

  if (lang === 'kk') return `${ref.issuer.kk} ${ref.date} ${number} ${ref.kind.kk}`;
  if (lang === 'ru') return `${ref.kind.ru} ${ref.issuer.ru} от ${ref.date} ${number}`;

  return `${ref.issuer.en} ${ref.kind.en} ${number} of ${ref.date}`;
}
