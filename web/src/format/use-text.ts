import { useTranslation } from 'react-i18next';
import type { Lang, Localized } from '../api/types';

/** Reads an official text in the interface language; a bare code stays as it is. */
export function useText(): (value: Localized | string) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language as Lang;

  return (value) => (typeof value === 'string' ? value : value[lang]);
}
