import { describe, expect, it } from 'vitest';
import { renderArtefact } from '../../src/adapters/documents/appendices/index.js';
import type { ServiceVersion } from '../../src/domain/regulation/types.js';
import { latest } from './support.js';

const original = latest('religious-event-premises');

/** The same version with the officer's execution step given 20 calendar days instead of 26. */
const shortened: ServiceVersion = {
  ...original,
  steps: original.steps.map((step) =>
    step.code === 'execution' ? { ...step, limit: { amount: 20, unit: 'calendar-days' } } : step,
  ),
};

async function text(
  version: ServiceVersion,
  as: 'appendix1' | 'appendix2' | 'bpmn' | 'text',
  format: 'svg' | 'table' | 'xml' | 'txt',
  lang: 'kk' | 'ru',
) {
  const { body } = await renderArtefact(version, as, { lang, format });

  return String(body);
}

/**
 * Each document, with the only change the new limit should make to it. The Russian diagrams
 * wrap "26 календарных | дней" over two lines, so the number is replaced with its first word.
 */
const cases = [
  ['appendix1', 'table', 'kk', [['26 күнтізбелік күн', '20 күнтізбелік күн']]],
  ['appendix1', 'svg', 'ru', [['26 календарных', '20 календарных']]],
  ['appendix2', 'svg', 'kk', [['26 күнтізбелік күн', '20 күнтізбелік күн']]],
  ['appendix2', 'svg', 'ru', [['26 календарных', '20 календарных']]],
  [
    'bpmn',
    'xml',
    'kk',
    [
      ['26 күнтізбелік күн', '20 күнтізбелік күн'],
      ['P26D', 'P20D'],
      ['amount="26"', 'amount="20"'],
    ],
  ],
  ['text', 'txt', 'kk', [['(26 күнтізбелік күн ішінде)', '(20 күнтізбелік күн ішінде)']]],
  ['text', 'txt', 'ru', [['(в течение 26 календарных дней)', '(в течение 20 календарных дней)']]],
] as const;

describe('a changed limit in the definition', () => {
  it.each(cases)(
    'changes %s (%s, %s) where the limit is stated, and nowhere else',
    async (as, format, lang, replacements) => {
      const before = await text(original, as, format, lang);
      const after = await text(shortened, as, format, lang);
      const expected = replacements.reduce((doc, [from, to]) => doc.replaceAll(from, to), before);

      expect({ changed: after !== before, after }).toEqual({ changed: true, after: expected });
    },
  );
});
