import type { Lang } from '../domain/shared/text.js';
import type { Limit, LimitUnit } from '../domain/shared/time.js';

type Forms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/** Unit names by plural form; Kazakh does not inflect a noun after a numeral. */
const UNITS: Readonly<Record<Lang, Readonly<Record<LimitUnit, Forms>>>> = {
  kk: {
    'working-minutes': { other: 'жұмыс минуты' },
    'working-days': { other: 'жұмыс күні' },
    'calendar-days': { other: 'күнтізбелік күн' },
  },
  ru: {
    'working-minutes': { one: 'рабочая минута', few: 'рабочие минуты', other: 'рабочих минут' },
    'working-days': { one: 'рабочий день', few: 'рабочих дня', other: 'рабочих дней' },
    'calendar-days': { one: 'календарный день', few: 'календарных дня', other: 'календарных дней' },
  },
  en: {
    'working-minutes': { one: 'working minute', other: 'working minutes' },
    'working-days': { one: 'working day', other: 'working days' },
    'calendar-days': { one: 'calendar day', other: 'calendar days' },
  },
};

const RULES: Readonly<Record<Lang, Intl.PluralRules>> = {
  kk: new Intl.PluralRules('kk'),
  ru: new Intl.PluralRules('ru'),
  en: new Intl.PluralRules('en'),
};

/**
 * A time limit as people say it.
 *
 * @example
 *   formatLimit({ amount: 26, unit: 'calendar-days' }, 'ru'); // '26 календарных дней'
 */
export function formatLimit(limit: Limit, lang: Lang): string {
  const forms = UNITS[lang][limit.unit];
  const form = RULES[lang].select(limit.amount);

  return `${limit.amount} ${forms[form] ?? forms.other}`;
}
