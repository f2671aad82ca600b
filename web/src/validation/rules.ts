import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { formatDate } from '../format/dates';
import { binProblem, iinProblem } from './identity';

/**
 * Form rules that mirror the server's checks. Each returns its message in the current
 * language, so the error stands at the field before anything is sent.
 */

export function requiredRule(t: TFunction): Rule {
  return { required: true, whitespace: true, message: t('validation.required') };
}

export function iinRule(t: TFunction): Rule {
  return {
    validator: (_rule, value: string | undefined) => {
      const problem = value === undefined || value === '' ? null : iinProblem(value.trim());

      return problem === null
        ? Promise.resolve()
        : Promise.reject(new Error(t(`validation.${problem}`)));
    },
  };
}

export function binRule(t: TFunction): Rule {
  return {
    validator: (_rule, value: string | undefined) => {
      const problem = value === undefined || value === '' ? null : binProblem(value.trim());

      return problem === null
        ? Promise.resolve()
        : Promise.reject(new Error(t(`validation.${problem}`)));
    },
  };
}

/** A date that may not be after the office's today (a power of attorney from the future). */
export function notAfterRule(t: TFunction, today: string): Rule {
  return {
    validator: (_rule, value: string | undefined) =>
      value === undefined || value === '' || value <= today
        ? Promise.resolve()
        : Promise.reject(new Error(t('validation.future', { date: formatDate(today) }))),
  };
}

/** The later date of a pair may not come before the earlier one (ISO dates compare as text). */
export function notBeforeRule(
  t: TFunction,
  earlier: () => string | undefined,
  label: string,
): Rule {
  return {
    validator: (_rule, value: string | undefined) => {
      const first = earlier();

      return value === undefined ||
        value === '' ||
        first === undefined ||
        first === '' ||
        first <= value
        ? Promise.resolve()
        : Promise.reject(new Error(t('validation.order', { other: label })));
    },
  };
}

export function numberRule(t: TFunction): Rule {
  return {
    pattern: /^\d+(\.\d+)?$/,
    message: t('validation.number'),
  };
}

export function dateRule(t: TFunction): Rule {
  return { pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('validation.date') };
}
