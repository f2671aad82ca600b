import i18next from 'i18next';
import { setRequestLanguage } from '../api/client';
import type { Lang } from '../api/types';
import { rememberLanguage } from '../i18n';

/** Switches the interface, the API's answers and the page's declared language together. */
export function applyLanguage(lang: Lang): void {
  setRequestLanguage(lang);
  rememberLanguage(lang);
  document.documentElement.lang = lang;
  void i18next.changeLanguage(lang);
}
