import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DocLang, isDocLang } from '../../../api/types';

/**
 * The language the regulation's documents are shown in. The act exists in Kazakh and Russian
 * only: those interfaces read their own language, the English one reads Russian until the user
 * picks Kazakh.
 */
export function useDocLang(): readonly [DocLang, (lang: DocLang) => void] {
  const { i18n } = useTranslation();
  const [chosen, setChosen] = useState<DocLang | null>(null);
  const ui = i18n.language;

  return [chosen ?? (isDocLang(ui) ? ui : 'ru'), setChosen];
}
