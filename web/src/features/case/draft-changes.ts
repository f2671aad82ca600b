import type { DraftResult, ResultKind, ServiceVersion } from '../../api/types';

/** One thing a draft submitted again says differently from the one submitted before it. */
export type DraftChange =
  | { readonly what: 'kind'; readonly before: ResultKind; readonly after: ResultKind }
  | {
      readonly what: 'field';
      readonly code: string;
      readonly before: string;
      readonly after: string;
    }
  | {
      readonly what: 'grounds';
      readonly before: readonly string[];
      readonly after: readonly string[];
    };

/**
 * What a resubmitted draft changed: its kind of result, or else its fields in the order of the
 * result's form and the grounds of a refusal. The head who returned it for rework reads what
 * the officer reworked without comparing the two drafts by eye.
 */
export function draftChanges(
  version: ServiceVersion,
  before: DraftResult,
  after: DraftResult,
): DraftChange[] {
  if (before.kind !== after.kind) return [{ what: 'kind', before: before.kind, after: after.kind }];

  const fields = version.results.find((r) => r.kind === after.kind)?.fields ?? [];
  const changed: DraftChange[] = fields
    .map((f) => ({
      code: f.code,
      before: before.fields[f.code] ?? '',
      after: after.fields[f.code] ?? '',
    }))
    .filter((f) => f.before !== f.after)
    .map((f) => ({ what: 'field', ...f }));
  const grounds = (g: readonly string[]) => [...g].sort().join('\n');

  return grounds(before.grounds) === grounds(after.grounds)
    ? changed
    : [...changed, { what: 'grounds', before: before.grounds, after: after.grounds }];
}
