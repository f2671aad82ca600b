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

/**
 * Names an act the way its language cites it, without inflecting the issuer's name.
 *
 * @example
 *   actName(ref, 'ru'); // 'Акимат Атырауской области, постановление от 25.12.2019 № 304'
 */
export function actName(ref: ActReference, lang: keyof Localized): string {
  const dotted = ref.date.split('-').reverse().join('.');

  if (lang === 'kk') return `${ref.issuer.kk}, ${dotted} № ${ref.number} ${ref.kind.kk}`;
  if (lang === 'ru') return `${ref.issuer.ru}, ${ref.kind.ru} от ${dotted} № ${ref.number}`;

  return `${ref.issuer.en}, ${ref.kind.en} No. ${ref.number} of ${ref.date}`;
}
