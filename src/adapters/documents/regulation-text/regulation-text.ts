import type { ServiceVersion } from '../../../domain/regulation/types.js';
import { pick, type DocLang } from '../language.js';
import {
  actApprovalLine,
  actAppendixLine,
  amendmentNote,
  regulationTitleLine,
} from '../vocabulary/act-lines.js';
import { generalProvisions } from './general-provisions.js';
import { interaction } from './interaction.js';
import { line, type TextLine } from './paragraphs.js';
import { procedure } from './procedure.js';

/** The regulation's number in the act: the act's appendix that holds it. */
function appendixOfAct(version: ServiceVersion): number {
  return version.steps[0]?.cites.appendix ?? 1;
}

function heading(version: ServiceVersion, lang: DocLang): TextLine[] {
  const act = version.basis[0];
  const title = regulationTitleLine(pick(version.title, lang), lang);

  if (act === undefined) return [line(null, title)];

  return [
    line(null, actAppendixLine(act, appendixOfAct(version), lang)),
    line(null, actApprovalLine(act, lang)),
    line(null, title),
  ];
}

/** The register's note goes under the last line of each paragraph the version reworded. */
function withNotes(lines: readonly TextLine[], version: ServiceVersion, lang: DocLang): string[] {
  const amending = version.basis.length > 1 ? version.basis.at(-1) : undefined;
  const changed = new Set(version.changes.map((c) => c.paragraph));

  return lines.flatMap((current, i) => {
    const next = lines[i + 1];
    const closes = current.paragraph !== null && next?.paragraph !== current.paragraph;

    if (amending === undefined || !closes || !changed.has(current.paragraph ?? 0)) {
      return [current.text];
    }

    return [current.text, amendmentNote(current.paragraph ?? 0, amending, lang)];
  });
}

/**
 * Chapters 1–3 of a regulation as plain text, a paragraph per line, laid out as the act:
 * the approval lines and title, then "1. Жалпы ережелер" with §1–§3, chapter 2 with §4 and the
 * §5 items built from each step's own wording and limit, and chapter 3 with §6–§8.
 *
 * @example
 *   regulationText(version, 'kk').split('\n')[3] // '1. Жалпы ережелер'
 */
export function regulationText(version: ServiceVersion, lang: DocLang): string {
  const lines = [
    ...heading(version, lang),
    ...generalProvisions(version, lang),
    ...procedure(version, lang),
    ...interaction(version, lang),
  ];

  return `${withNotes(lines, version, lang).join('\n')}\n`;
}
