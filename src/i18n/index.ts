import i18next, { type i18n, type TFunction } from 'i18next';
import { LANGS, type Lang } from '../domain/shared/text.js';
import { en } from './messages/en.js';
import { kk } from './messages/kk.js';
import { ru } from './messages/ru.js';

let instance: i18n | null = null;

function init(): i18n {
  const created = i18next.createInstance();

  void created.init({
    initAsync: false,
    lng: 'kk',
    fallbackLng: 'kk',
    supportedLngs: [...LANGS],
    resources: { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });

  return created;
}

/** The translator of server-side texts for a language. */
export function translator(lang: Lang): TFunction {
  instance ??= init();

  return instance.getFixedT(lang);
}

/**
 * Picks the first supported language of a header like `ru-RU,ru;q=0.9,en;q=0.5` (in the order
 * written, which is how browsers and our web application send it), else the fallback.
 */
export function pickLang<F extends Lang | null = Lang>(
  acceptLanguage: string | undefined,
  fallback: F = 'kk' as F,
): Lang | F {
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase());

  return (
    (wanted.find((l) => (LANGS as readonly string[]).includes(l)) as Lang | undefined) ?? fallback
  );
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
