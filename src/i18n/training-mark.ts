import type { Mode } from '../application/context.js';
import type { Lang } from '../domain/shared/text.js';
import type { IsoDate } from '../domain/shared/time.js';

const WORDS: Readonly<Record<Lang, string>> = {
  kk: 'ОҚУ РЕЖИМІ',
  ru: 'УЧЕБНЫЙ РЕЖИМ',
  en: 'TRAINING',
};

/**
 * The mark every document of a training office carries, with the training clock's date; none
 * in a live office.
 *
 * @example trainingMark('training', '2019-03-04', 'ru'); // 'УЧЕБНЫЙ РЕЖИМ · 04.03.2019'
 */
export function trainingMark(mode: Mode, today: IsoDate, lang: Lang): string | undefined {
  if (mode !== 'training') return undefined;

  const date = lang === 'en' ? today : today.split('-').reverse().join('.');

  return `${WORDS[lang]} · ${date}`;
}
