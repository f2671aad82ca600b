import type { ResultDefinition, ResultField, ServiceVersion } from '../regulation/types.js';
import { requireText } from '../shared/plain-text.js';
import type { IsoDate } from '../shared/time.js';
import { validateIin } from '../identity/iin.js';
import { isIsoDate } from '../shared/reader.js';
import { reject, type Rejection } from '../shared/errors.js';
import type { DraftResult } from './types.js';

/**
 * Checks a draft against the result the regulation names. A saved draft may still be
 * incomplete; a submitted one must be whole (`complete`).
 */
export function validateDraft(
  version: ServiceVersion,
  draft: DraftResult,
  complete: boolean,
  today: IsoDate,
): Rejection | null {
  const definition = version.results.find((r) => r.kind === draft.kind);

  if (definition === undefined) {
    return reject('RESULT_KIND_NOT_ALLOWED', { kind: draft.kind, service: version.serviceCode });
  }

  return (
    checkFieldCodes(definition, draft) ??
    checkGrounds(version, draft, complete) ??
    (complete ? checkComplete(definition, draft) : null) ??
    checkFormats(definition, draft, today) ??
    checkDateOrder(definition, draft)
  );
}

function checkFieldCodes(definition: ResultDefinition, draft: DraftResult): Rejection | null {
  const unknown = Object.keys(draft.fields).find(
    (code) => !definition.fields.some((f) => f.code === code),
  );

  return unknown === undefined ? null : reject('VALIDATION_FAILED', { field: `fields.${unknown}` });
}

function checkGrounds(
  version: ServiceVersion,
  draft: DraftResult,
  complete: boolean,
): Rejection | null {
  if (draft.kind !== 'reasoned-refusal') {
    return draft.grounds.length === 0 ? null : reject('VALIDATION_FAILED', { field: 'grounds' });
  }

  const unknown = draft.grounds.find((g) => !version.refusalGrounds.some((x) => x.code === g));

  if (unknown !== undefined) return reject('REFUSAL_GROUND_UNKNOWN', { ground: unknown });
  if (complete && draft.grounds.length === 0) {
    return reject('REFUSAL_GROUND_UNKNOWN', { field: 'grounds' });
  }

  return null;
}

function checkComplete(definition: ResultDefinition, draft: DraftResult): Rejection | null {
  const missing = definition.fields.find(
    (f) => f.required && (draft.fields[f.code] ?? '').trim() === '',
  );

  return missing === undefined
    ? null
    : reject('RESULT_FIELD_MISSING', { field: `fields.${missing.code}` });
}

function checkFormats(
  definition: ResultDefinition,
  draft: DraftResult,
  today: IsoDate,
): Rejection | null {
  for (const f of definition.fields) {
    const value = draft.fields[f.code];

    if (value === undefined || value.trim() === '') continue;

    const bad = checkValue(f, value, today);

    if (bad !== null) return bad;
  }

  return null;
}

/** Dates a result may name: wide enough for any birth or validity, narrow enough to catch typos. */
const DATE_RANGE = { from: '1900-01-01', to: '2100-12-31' } as const;

/** Quantities a result may state (an area in m², a number of participants). */
const NUMBER_MAX = 1_000_000;

function checkValue(f: ResultField, value: string, today: IsoDate): Rejection | null {
  const field = `fields.${f.code}`;

  switch (f.type) {
    case 'text':
      return requireText(value, field);
    case 'iin':
      return validateIin(value, field);
    case 'number': {
      const n = Number(value);

      // A sign is read as part of the number, so that -5 is refused as out of range, not as
      // something other than a number.
      if (!/^-?\d+(\.\d+)?$/.test(value)) {
        return reject('VALIDATION_FAILED', { field, rule: 'format' });
      }

      return n > 0 && n <= NUMBER_MAX ? null : reject('VALUE_OUT_OF_RANGE', { field });
    }
    case 'date':
      return checkDate(f.code, value, today);
  }
}

function checkDate(code: string, value: string, today: IsoDate): Rejection | null {
  const field = `fields.${code}`;

  if (!isIsoDate(value)) return reject('VALIDATION_FAILED', { field, rule: 'format' });
  if (value < DATE_RANGE.from || value > DATE_RANGE.to) {
    return reject('VALUE_OUT_OF_RANGE', { field });
  }
  if (code === 'birthDate' && value > today) return reject('DATE_IN_FUTURE', { field });

  return null;
}

function checkDateOrder(definition: ResultDefinition, draft: DraftResult): Rejection | null {
  for (const [first, second] of definition.dateOrder) {
    const a = draft.fields[first];
    const b = draft.fields[second];

    if (a !== undefined && b !== undefined && a !== '' && b !== '' && a > b) {
      return reject('DATE_ORDER', { field: `fields.${second}`, notBefore: first });
    }
  }

  return null;
}
