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
 * Picks the most preferred supported language of a header like `ru-RU,ru;q=0.9,en;q=0.5`:
 * by quality value, and in the order written among equals; else the fallback.
 */
export function pickLang<F extends Lang | null = Lang>(
  acceptLanguage: string | undefined,
  fallback: F = 'kk' as F,
): Lang | F {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);

      return {
        lang: tag.trim().slice(0, 2).toLowerCase(),
        q: q === undefined ? 1 : Number(q),
        index,
      };
    })
    .filter((c) => c.q > 0 && (LANGS as readonly string[]).includes(c.lang))
    .sort((a, b) => b.q - a.q || a.index - b.index);

  return (ranked[0]?.lang as Lang | undefined) ?? fallback;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
