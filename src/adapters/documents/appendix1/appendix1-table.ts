import type { ServiceVersion } from '../../../domain/regulation/types.js';
import { pick, type DocLang } from '../language.js';
import { appendix1Title, regulationAppendixLine } from '../vocabulary/act-lines.js';
import { cell, columnTitle, COLUMNS } from './columns.js';
import { appendix1Rows } from './rows.js';

function tableLine(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/gu, '\\|')).join(' | ')} |`;
}

/**
 * Appendix 1 as a plain-text (Markdown) table under its header and title lines.
 *
 * @example
 *   appendix1Table(version, 'kk').split('\n')[0]
 *   // '"Миссионерлік …" мемлекеттік көрсетілетін қызметтің регламентіне 1-қосымша'
 */
export function appendix1Table(version: ServiceVersion, lang: DocLang): string {
  const rows = appendix1Rows(version, lang);

  return [
    regulationAppendixLine(pick(version.title, lang), 1, lang),
    '',
    appendix1Title(lang),
    '',
    tableLine(COLUMNS.map((key) => columnTitle(key, lang))),
    tableLine(COLUMNS.map(() => '---')),
    ...rows.map((row) => tableLine(COLUMNS.map((key) => cell(row, key)))),
    '',
  ].join('\n');
}
