import { describe, expect, it } from 'vitest';
import { pickLang } from '../../src/i18n/index.js';

describe('choosing the answer’s language from Accept-Language', () => {
  it.each([
    [undefined, 'kk'],
    ['ru-RU,ru;q=0.9,en;q=0.5', 'ru'],
    ['ru;q=0.1, en;q=0.9', 'en'],
    ['de-DE, fr;q=0.8', 'kk'],
    ['en;q=0, ru', 'ru'],
    ['kk-KZ', 'kk'],
  ])('%s gives %s', (header, lang) => {
    expect(pickLang(header)).toBe(lang);
  });
});
