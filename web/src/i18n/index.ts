import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGS, type Lang } from '../api/types';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';

export const LANG_STORAGE_KEY = 'reglament.language';

/** The language chosen before sign-in on this computer, else Kazakh. */
export function storedLanguage(): Lang {
  const stored = window.localStorage.getItem(LANG_STORAGE_KEY);

  return (LANGS as readonly (string | null)[]).includes(stored) ? (stored as Lang) : 'kk';
}

export function rememberLanguage(lang: Lang): void {
  window.localStorage.setItem(LANG_STORAGE_KEY, lang);
}

/** Starts i18next synchronously: all three languages ship in the bundle, so nothing waits. */
export function initI18n(lang: Lang) {
  void i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: [...LANGS],
    initAsync: false,
    resources: { kk: { translation: kk }, ru: { translation: ru }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });

  return i18next;
}
