import { optionalText, requireText } from '../../../src/domain/shared/plain-text';
import type { Rejection } from '../../../src/domain/shared/errors';
import { type Problem, problem } from './problem';

/**
 * Names and reasons go into the permanent record, so the server refuses text without a letter
 * or digit and text with control characters or direction marks (src/domain/shared/plain-text.ts).
 * Its own check runs here, so the two cannot disagree.
 */
export function plainTextProblem(value: string, required: boolean): Problem | null {
  const rejection = required ? requireText(value, 'text') : optionalText(value, 'text');

  return rejection === null ? null : textProblem(rejection);
}

/** The message for the server's refusal of a text: nothing meaningful, or a forbidden mark. */
export function textProblem(rejection: Rejection): Problem {
  const rule = rejection.details.rule;

  return problem(rule === 'required' || rule === 'meaningful' ? 'meaningful' : 'plainText');
}
