import type { Limit, LimitUnit } from '../../../domain/shared/time.js';
import type { DocLang } from '../language.js';

type RuForm = 'one' | 'few' | 'many';

/** Russian noun forms after a numeral: 1 день, 2 дня, 5 дней (and 21 день, 11 дней). */
function ruForm(amount: number): RuForm {
  const lastTwo = amount % 100;
  const last = amount % 10;

  if (last === 1 && lastTwo !== 11) return 'one';
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return 'few';

  return 'many';
}

/** Kazakh takes no plural after a numeral; "жұмыс күні" is a compound with the possessive. */
const KK_UNIT: Readonly<Record<LimitUnit, string>> = {
  'working-minutes': 'минут',
  'working-days': 'жұмыс күні',
  'calendar-days': 'күнтізбелік күн',
};

const RU_NOMINATIVE: Readonly<Record<LimitUnit, Readonly<Record<RuForm, string>>>> = {
  'working-minutes': { one: 'минута', few: 'минуты', many: 'минут' },
  'working-days': { one: 'рабочий день', few: 'рабочих дня', many: 'рабочих дней' },
  'calendar-days': { one: 'календарный день', few: 'календарных дня', many: 'календарных дней' },
};

/** After "в течение" the noun is genitive: singular for 1, 21, …; plural otherwise. */
const RU_GENITIVE: Readonly<Record<LimitUnit, Readonly<Record<'one' | 'other', string>>>> = {
  'working-minutes': { one: 'минуты', other: 'минут' },
  'working-days': { one: 'рабочего дня', other: 'рабочих дней' },
  'calendar-days': { one: 'календарного дня', other: 'календарных дней' },
};

/**
 * A time limit as a table cell or a diagram label states it.
 *
 * @example
 *   durationText({ amount: 26, unit: 'calendar-days' }, 'ru') // '26 календарных дней'
 */
export function durationText(limit: Limit, lang: DocLang): string {
  const unit =
    lang === 'kk' ? KK_UNIT[limit.unit] : RU_NOMINATIVE[limit.unit][ruForm(limit.amount)];

  return `${limit.amount} ${unit}`;
}

/**
 * A time limit as the act's §5 closes an item: "(1 жұмыс күні ішінде)".
 *
 * @example
 *   withinText({ amount: 1, unit: 'working-days' }, 'ru') // '(в течение 1 рабочего дня)'
 */
export function withinText(limit: Limit, lang: DocLang): string {
  if (lang === 'kk') return `(${durationText(limit, 'kk')} ішінде)`;

  const form = ruForm(limit.amount) === 'one' ? 'one' : 'other';

  return `(в течение ${limit.amount} ${RU_GENITIVE[limit.unit][form]})`;
}
