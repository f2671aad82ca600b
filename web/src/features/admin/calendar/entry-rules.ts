import type { Rule, FormInstance } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { assertKindFitsWeekday } from '../../../../../src/domain/calendar/entries';
import type { CalendarEntry } from '../../../api/types';
import { checkRule } from '../../../validation/rules';

/** The URL rule of the calendar's data (src/domain/calendar/entries.ts). */
const URL = /^https?:\/\/\S+$/;

/** A date within the years the calendar covers; outside them the server cannot place it. */
export function calendarYearRule(t: TFunction, years: { first: number; last: number }): Rule {
  return checkRule(t, (value) => {
    const year = Number(value.slice(0, 4));

    return year >= years.first && year <= years.last
      ? null
      : { key: 'calendarYears', values: { first: String(years.first), last: String(years.last) } };
  });
}

/**
 * A working Saturday must fall on a Saturday, a transferred day off on a weekday, and so on; the
 * server's own rule judges it.
 */
export function kindFitsDayRule(t: TFunction, form: FormInstance): Rule {
  return checkRule(t, (kind) => {
    const date = form.getFieldValue('date') as string | undefined;

    if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;

    try {
      // The rule reads only the date and the kind of an entry.
      assertKindFitsWeekday({ date, kind } as CalendarEntry);

      return null;
    } catch {
      return { key: 'kindWeekday' };
    }
  });
}

export function urlRule(t: TFunction): Rule {
  return checkRule(t, (value) => (URL.test(value) ? null : { key: 'url' }));
}

/** The act's title, or its reference, in Kazakh, Russian and English: all three or none. */
export function allOrNoneRule(
  t: TFunction,
  form: FormInstance,
  group: 'titles' | 'references',
): Rule {
  return {
    validator: (_rule, value: string | undefined) => {
      const texts = form.getFieldValue(['source', group]) as Record<string, string> | undefined;
      const anyGiven = Object.values(texts ?? {}).some((v) => (v ?? '').trim() !== '');

      return anyGiven && (value ?? '').trim() === ''
        ? Promise.reject(new Error(t(`validation.${group}`)))
        : Promise.resolve();
    },
  };
}
