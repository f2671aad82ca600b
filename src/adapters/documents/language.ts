import type { Localized } from '../../domain/shared/text.js';

/** The languages the act is published in; the documents are rendered in these two only. */
export type DocLang = 'kk' | 'ru';

export const DOC_LANGS: readonly DocLang[] = ['kk', 'ru'];

/** A text in the two languages of the act. */
export type DocText = Readonly<Record<DocLang, string>>;

export function isDocLang(value: string): value is DocLang {
  return (DOC_LANGS as readonly string[]).includes(value);
}

export function pick(text: DocText | Localized, lang: DocLang): string {
  return text[lang];
}

export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('kk') + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('kk') + text.slice(1);
}

/** The title of a service in the act's quotation marks: `"Миссионерлік қызметті ..."`. */
export function quoted(text: string): string {
  return `"${text}"`;
}
