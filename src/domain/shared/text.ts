/** Interface languages. Kazakh is the default; Russian and English are complete. */
export type Lang = 'kk' | 'ru' | 'en';

export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

/** A text in all three interface languages. */
export interface Localized {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

/**
 * Where a fact comes from. `confirmed` means seen in the seed or a primary source; `assumed`
 * marks data the office must check, with the reason in `note`.
 */
export interface Source {
  readonly status: 'confirmed' | 'assumed';
  readonly reference: string;
  readonly note?: string;
}
