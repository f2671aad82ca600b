import type { ErrorCode, ErrorDetails } from '../domain/shared/errors.js';
import type { Lang } from '../domain/shared/text.js';
import { translator } from './index.js';

function flatten(details: ErrorDetails): Record<string, string | number | boolean> {
  return Object.fromEntries(
    Object.entries(details).map(([k, v]) => [k, Array.isArray(v) ? v.join('; ') : (v as string)]),
  );
}

/**
 * A refusal in the user's language, filled in from its details: what the HTTP API sends as a
 * problem's `detail` and what the command line prints.
 *
 * @example errorMessage('IIN_CHECKSUM', { field: 'applicant.iin' }, 'ru');
 *   // 'Контрольная цифра ИИН не совпадает (applicant.iin)'
 */
export function errorMessage(code: ErrorCode, details: ErrorDetails, lang: Lang): string {
  const t = translator(lang);
  const ended = code === 'REGULATION_NOT_IN_FORCE' && 'endedBy' in details;
  const rule = typeof details.rule === 'string' ? details.rule : 'value';

  return t(`errors.${code}`, {
    ...flatten(details),
    problem: t(`validation.${rule}`),
    ...(ended ? { context: 'ended' } : {}),
  });
}
