import { validateDraft } from '../../../src/domain/case/validate-draft';
import type { Rejection } from '../../../src/domain/shared/errors';
import type { ResultDefinition, ResultField, ServiceVersion } from '../api/types';
import { formatDate } from '../format/dates';
import { identityProblem } from './identity';
import { type Problem, problem } from './problem';
import { textProblem } from './plain-text';

/**
 * One field of a draft result, judged by the server's own check of drafts
 * (src/domain/case/validate-draft.ts): numbers above 0 and at most 1,000,000, dates between
 * 1900 and 2100, a birth date not after today, IINs, plain text. The draft checked holds that
 * field alone, so the answer is about it; whether the whole draft is complete is judged apart.
 */
export function draftFieldProblem(
  version: ServiceVersion,
  result: ResultDefinition,
  field: ResultField,
  value: string,
  today: string,
): Problem | null {
  const draft = { kind: result.kind, fields: { [field.code]: value }, grounds: [] };
  const rejection = validateDraft(version, draft, false, today);

  return rejection === null ? null : problemOf(rejection, field, today);
}

function problemOf(rejection: Rejection, field: ResultField, today: string): Problem {
  switch (rejection.code) {
    case 'VALUE_OUT_OF_RANGE':
      return problem(field.type === 'number' ? 'numberRange' : 'dateRange');
    case 'DATE_IN_FUTURE':
      return problem('future', { date: formatDate(today) });
    case 'VALIDATION_FAILED':
      return formatProblem(rejection, field);
    default:
      return identityProblem(rejection, 'iinLength');
  }
}

function formatProblem(rejection: Rejection, field: ResultField): Problem {
  if (field.type === 'number') return problem('number');
  if (field.type === 'date') return problem('date');

  return textProblem(rejection);
}
