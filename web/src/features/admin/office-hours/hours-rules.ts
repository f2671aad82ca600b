import type { FormInstance, Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { checkRule } from '../../../validation/rules';

/** `HH:MM` within one day, as the server's office hours take it. */
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The bounds of the server's schema; Kazakhstan's own offsets are +5 and +6. */
const OFFSET = { min: -720, max: 840 } as const;

export function clockRule(t: TFunction): Rule {
  return checkRule(t, (value) => (CLOCK.test(value) ? null : { key: 'time' }));
}

export function offsetRule(t: TFunction): Rule {
  return checkRule(t, (value) => {
    const minutes = Number(value);

    return /^-?\d+$/.test(value) && minutes >= OFFSET.min && minutes <= OFFSET.max
      ? null
      : { key: 'offset', values: { min: String(OFFSET.min), max: String(OFFSET.max) } };
  });
}

/** A period ends after it starts (times of one day compare as text). */
export function endRule(t: TFunction, form: FormInstance, index: number): Rule {
  return checkRule(t, (end) => {
    const start = form.getFieldValue(['segments', index, 'start']) as string | undefined;

    return start === undefined || !CLOCK.test(start) || end > start ? null : { key: 'timeOrder' };
  });
}

/** Periods follow one another without overlapping: each starts after the previous one ends. */
export function startRule(t: TFunction, form: FormInstance, index: number): Rule {
  return checkRule(t, (start) => {
    const previous = form.getFieldValue(['segments', index - 1, 'end']) as string | undefined;

    return index === 0 || previous === undefined || start >= previous
      ? null
      : { key: 'segmentOrder' };
  });
}
