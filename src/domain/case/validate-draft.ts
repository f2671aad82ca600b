import type { ResultDefinition, ServiceVersion } from '../regulation/types.js';
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
): Rejection | null {
  const definition = version.results.find((r) => r.kind === draft.kind);

  if (definition === undefined) {
    return reject('RESULT_KIND_NOT_ALLOWED', { kind: draft.kind, service: version.serviceCode });
  }

  return (
    checkFieldCodes(definition, draft) ??
    checkGrounds(version, draft, complete) ??
    (complete ? checkComplete(definition, draft) : null) ??
    checkFormats(definition, draft) ??
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

function checkFormats(definition: ResultDefinition, draft: DraftResult): Rejection | null {
  for (const f of definition.fields) {
    const value = draft.fields[f.code];
    const field = `fields.${f.code}`;

    if (value === undefined || value.trim() === '') continue;
    if (f.type === 'date' && !isIsoDate(value)) return reject('VALIDATION_FAILED', { field });
    if (f.type === 'number' && !/^\d+(\.\d+)?$/.test(value)) {
      return reject('VALIDATION_FAILED', { field });
    }
    if (f.type === 'iin') {
      const bad = validateIin(value, field);

      if (bad !== null) return bad;
    }
  }

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
