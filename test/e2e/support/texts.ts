import { en } from '../../../web/src/i18n/en.js';
import { kk } from '../../../web/src/i18n/kk.js';
import type { Messages } from '../../../web/src/i18n/messages.js';
import { ru } from '../../../web/src/i18n/ru.js';

export type Lang = 'kk' | 'ru' | 'en';

/** The interface's own texts, so tests assert what a user of each language reads. */
export const TEXTS: Readonly<Record<Lang, Messages>> = { kk, ru, en };
