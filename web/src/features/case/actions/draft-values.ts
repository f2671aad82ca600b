import type { DraftResult, ResultDefinition, ResultKind } from '../../../api/types';

/** The officer's form; `fields` is keyed by the result's field codes, as the API names them. */
export interface DraftValues {
  kind: ResultKind;
  fields: Record<string, string | undefined>;
  grounds: string[];
}

export function initialDraft(
  results: readonly ResultDefinition[],
  saved: DraftResult | null,
): DraftValues {
  if (saved !== null) {
    return { kind: saved.kind, fields: { ...saved.fields }, grounds: [...saved.grounds] };
  }

  return { kind: results[0]?.kind ?? 'reasoned-refusal', fields: {}, grounds: [] };
}

/**
 * The draft to send: only the chosen result's fields, trimmed, empty ones left out (a saved
 * draft may be incomplete), and grounds only for a refusal.
 */
export function draftOf(values: DraftValues, result: ResultDefinition): DraftResult {
  const fields: Record<string, string> = {};

  for (const field of result.fields) {
    const value = (values.fields[field.code] ?? '').trim();

    if (value !== '') fields[field.code] = value;
  }

  return {
    kind: values.kind,
    fields,
    grounds: values.kind === 'reasoned-refusal' ? values.grounds : [],
  };
}
