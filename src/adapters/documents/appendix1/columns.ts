import { pick, type DocLang } from '../language.js';
import { TABLE_HEADER } from '../vocabulary/diagram-words.js';
import { UNIT_ABBREVIATION } from '../vocabulary/units.js';
import type { Appendix1Row } from './rows.js';

export type ColumnKey = 'number' | 'unit' | 'action' | 'duration' | 'handsTo';

export const COLUMNS: readonly ColumnKey[] = ['number', 'unit', 'action', 'duration', 'handsTo'];

/** The column headings of appendix 1; "ҚФБ" / "СФЕ" names the unit column as appendix 2 does. */
export function columnTitle(key: ColumnKey, lang: DocLang): string {
  if (key === 'unit') return pick(UNIT_ABBREVIATION, lang);

  return pick(TABLE_HEADER[key], lang);
}

export function cell(row: Appendix1Row, key: ColumnKey): string {
  return row[key];
}
