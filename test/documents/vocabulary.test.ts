import { describe, expect, it } from 'vitest';
import { durationText, withinText } from '../../src/adapters/documents/vocabulary/duration.js';
import {
  genitive,
  possessiveDative,
  possessiveInstrumental,
} from '../../src/adapters/documents/vocabulary/kk-grammar.js';
import {
  dative,
  genitiveOfAct,
  instrumental,
  issuerGenitive,
} from '../../src/adapters/documents/vocabulary/ru-grammar.js';
import type { Limit } from '../../src/domain/shared/time.js';

const limits: Limit[] = [
  { amount: 30, unit: 'working-minutes' },
  { amount: 1, unit: 'working-days' },
  { amount: 3, unit: 'working-days' },
  { amount: 26, unit: 'calendar-days' },
  { amount: 21, unit: 'calendar-days' },
  { amount: 12, unit: 'calendar-days' },
  { amount: 1, unit: 'working-minutes' },
];

describe('durations in the words of the act', () => {
  it('states a limit in Kazakh with no plural after the numeral', () => {
    expect(limits.map((l) => durationText(l, 'kk'))).toEqual([
      '30 минут',
      '1 жұмыс күні',
      '3 жұмыс күні',
      '26 күнтізбелік күн',
      '21 күнтізбелік күн',
      '12 күнтізбелік күн',
      '1 минут',
    ]);
  });

  it('states a limit in Russian with the noun form the numeral calls for', () => {
    expect(limits.map((l) => durationText(l, 'ru'))).toEqual([
      '30 минут',
      '1 рабочий день',
      '3 рабочих дня',
      '26 календарных дней',
      '21 календарный день',
      '12 календарных дней',
      '1 минута',
    ]);
  });

  it('closes a §5 item with "ішінде" in Kazakh, "в течение" and the genitive in Russian', () => {
    expect(limits.map((l) => [withinText(l, 'kk'), withinText(l, 'ru')])).toEqual([
      ['(30 минут ішінде)', '(в течение 30 минут)'],
      ['(1 жұмыс күні ішінде)', '(в течение 1 рабочего дня)'],
      ['(3 жұмыс күні ішінде)', '(в течение 3 рабочих дней)'],
      ['(26 күнтізбелік күн ішінде)', '(в течение 26 календарных дней)'],
      ['(21 күнтізбелік күн ішінде)', '(в течение 21 календарного дня)'],
      ['(12 күнтізбелік күн ішінде)', '(в течение 12 календарных дней)'],
      ['(1 минут ішінде)', '(в течение 1 минуты)'],
    ]);
  });
});

describe('case forms used to cite an act', () => {
  it('declines Kazakh issuers and kinds of acts by vowel harmony and the final sound', () => {
    expect([
      genitive('Атырау облысы әкімдігі'),
      genitive('Қазақстан'),
      genitive('мектеп'),
      genitive('ел'),
      possessiveDative('қаулы'),
      possessiveInstrumental('қаулы'),
      possessiveDative('бұйрық'),
      possessiveInstrumental('бұйрық'),
    ]).toEqual([
      'Атырау облысы әкімдігінің',
      'Қазақстанның',
      'мектептің',
      'елдің',
      'қаулысына',
      'қаулысымен',
      'бұйрығына',
      'бұйрығымен',
    ]);
  });

  it('declines Russian kinds of acts and the head noun of an issuer', () => {
    expect([
      dative('постановление'),
      instrumental('постановление'),
      genitiveOfAct('постановление'),
      dative('приказ'),
      instrumental('приказ'),
      issuerGenitive('Акимат Атырауской области'),
    ]).toEqual([
      'постановлению',
      'постановлением',
      'постановления',
      'приказу',
      'приказом',
      'акимата Атырауской области',
    ]);
  });
});
