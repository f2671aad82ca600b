import type { Rule } from 'antd/es/form';
import type { TFunction, TOptions } from 'i18next';
import { attorneyDateProblem } from './attorney';
import { citizenshipProblem, documentNumberProblem } from './foreign-document';
import { binProblem, iinProblem } from './identity';
import { plainTextProblem } from './plain-text';
import type { Problem } from './problem';

/**
 * Form rules that mirror the server's checks. Each returns its message in the current
 * language, so the error stands at the field before anything is sent.
 */

/** A rule from a check of a filled-in value; an empty field is `requiredRule`'s business. */
export function checkRule(t: TFunction, check: (value: string) => Problem | null): Rule {
  return {
    validator: (_rule, value: string | undefined) => {
      const found = value === undefined || value.trim() === '' ? null : check(value.trim());

      return found === null
        ? Promise.resolve()
        : Promise.reject(new Error(t(`validation.${found.key}`, found.values as TOptions)));
    },
  };
}

export function requiredRule(t: TFunction): Rule {
  return { required: true, whitespace: true, message: t('validation.required') };
}

/** A name, a reason or a comment: required, and plain text as the server accepts it. */
export function textRules(t: TFunction): Rule[] {
  return [requiredRule(t), optionalTextRule(t)];
}

/** Plain text when filled in (a patronymic). */
export function optionalTextRule(t: TFunction): Rule {
  return checkRule(t, (value) => plainTextProblem(value, false));
}

/** A person's IIN; with the office's date, one that encodes a later birth is refused too. */
export function iinRule(t: TFunction, today?: string): Rule {
  return checkRule(t, (value) => iinProblem(value, today));
}

export function binRule(t: TFunction): Rule {
  return checkRule(t, binProblem);
}

/** The number of the identity document a foreigner without an IIN presents. */
export function documentNumberRule(t: TFunction): Rule {
  return checkRule(t, documentNumberProblem);
}

/** A foreigner's citizenship, which cannot be Kazakhstan's. */
export function citizenshipRule(t: TFunction): Rule {
  return checkRule(t, citizenshipProblem);
}

/** A representative cannot have the applicant's own IIN: nobody represents themselves. */
export function otherIinRule(t: TFunction, applicantIin: () => string | undefined): Rule {
  return checkRule(t, (value) =>
    value === applicantIin()?.trim() ? { key: 'representativeIsApplicant' } : null,
  );
}

/** A power of attorney's date: a date, not after today, not older than three years. */
export function attorneyDateRules(t: TFunction, today: string): Rule[] {
  return [requiredRule(t), dateRule(t), checkRule(t, (value) => attorneyDateProblem(value, today))];
}

/** The later date of a pair may not come before the earlier one (ISO dates compare as text). */
export function notBeforeRule(
  t: TFunction,
  earlier: () => string | undefined,
  label: string,
): Rule {
  return checkRule(t, (value) => {
    const first = earlier();

    return first === undefined || first === '' || first <= value
      ? null
      : { key: 'order', values: { other: label } };
  });
}

export function dateRule(t: TFunction): Rule {
  return { pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('validation.date') };
}
