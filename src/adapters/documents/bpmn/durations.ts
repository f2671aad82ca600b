import type { Limit } from '../../../domain/shared/time.js';
import { pick, type DocLang, type DocText } from '../language.js';
import { WORDS } from '../vocabulary/diagram-words.js';
import { durationText } from '../vocabulary/duration.js';

/**
 * The ISO 8601 duration of a limit, where one exists: calendar days are plain days (P26D).
 * Working days and working minutes skip weekends, holidays and hours outside office time, so
 * no ISO duration states them; the export documents those instead.
 */
export function isoDuration(limit: Limit): string | null {
  return limit.unit === 'calendar-days' ? `P${limit.amount}D` : null;
}

const WORKING_TIME_NOTE: DocText = {
  kk:
    'Жұмыс күндері мен минуттары көрсетілетін қызметті берушінің жұмыс күнтізбесі мен жұмыс ' +
    'уақыты бойынша есептеледі; ISO 8601 ұзақтығымен берілмейді.',
  ru:
    'Рабочие дни и минуты считаются по рабочему календарю и часам работы услугодателя; ' +
    'длительностью ISO 8601 не выражаются.',
};

/** The documentation of a task: the act's wording, then the limit and how it is counted. */
export function taskDocumentation(action: DocText, limit: Limit, lang: DocLang): string {
  const deadline = `${pick(WORDS.deadline, lang)}: ${durationText(limit, lang)}.`;
  const iso = isoDuration(limit);
  const counting = iso === null ? pick(WORKING_TIME_NOTE, lang) : `ISO 8601: ${iso}.`;

  return `${pick(action, lang)}\n${deadline} ${counting}`;
}
