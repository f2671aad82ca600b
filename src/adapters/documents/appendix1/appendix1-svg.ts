import type { ServiceVersion } from '../../../domain/regulation/types.js';
import { pick, type DocLang } from '../language.js';
import { el, svgDocument, textBlock } from '../svg/markup.js';
import { pageHead } from '../svg/page-head.js';
import { ARROW_MARKER, STROKE } from '../svg/shapes.js';
import { wrapText } from '../svg/wrap.js';
import { appendix1Title, regulationAppendixLine } from '../vocabulary/act-lines.js';
import { cell, columnTitle, COLUMNS, type ColumnKey } from './columns.js';
import { flowMarks, type FlowRow } from './flow-marks.js';
import { appendix1Rows, type Appendix1Row } from './rows.js';

const PAGE = { width: 1200, margin: 40 } as const;
const TEXT = { sizePx: 12, lineHeight: 16 } as const;
const PAD = 8;

/** The number column is drawn as the flow: numbered circles joined by arrows. */
const WIDTH: Readonly<Record<ColumnKey, number>> = {
  number: 70,
  unit: 190,
  action: 470,
  duration: 140,
  handsTo: 250,
};

interface RowBox extends FlowRow {
  readonly row: Appendix1Row | null;
  readonly y: number;
  readonly height: number;
  readonly cells: Readonly<Record<ColumnKey, readonly string[]>>;
}

function columnX(key: ColumnKey): number {
  const before = COLUMNS.slice(0, COLUMNS.indexOf(key));

  return PAGE.margin + before.reduce((sum, k) => sum + WIDTH[k], 0);
}

/** Headings and durations are bold, so they are measured bold. */
function isBold(key: ColumnKey, header: boolean): boolean {
  return header || key === 'duration';
}

function wrapCells(
  texts: (key: ColumnKey) => string,
  header: boolean,
): Record<ColumnKey, string[]> {
  const entries = COLUMNS.map((key) => {
    const style = {
      sizePx: TEXT.sizePx,
      weight: isBold(key, header) ? 'bold' : 'regular',
    } as const;

    return [key, wrapText(texts(key), WIDTH[key] - 2 * PAD, style)];
  });

  return Object.fromEntries(entries) as Record<ColumnKey, string[]>;
}

/** The header row, then a row per step whose height fits its longest cell. */
function layoutRows(rows: readonly Appendix1Row[], top: number, lang: DocLang): RowBox[] {
  const boxes: RowBox[] = [];
  let y = top;
  const add = (row: Appendix1Row | null, cells: Record<ColumnKey, string[]>): void => {
    const lines = Math.max(1, ...COLUMNS.map((k) => cells[k].length));
    const height = lines * TEXT.lineHeight + 2 * PAD + 4;

    boxes.push({ row, y, height, cells });
    y += height;
  };

  add(
    null,
    wrapCells((key) => columnTitle(key, lang), true),
  );

  for (const row of rows)
    add(
      row,
      wrapCells((key) => (key === 'number' ? '' : cell(row, key)), false),
    );

  return boxes;
}

function rowMarkup(box: RowBox): string {
  const header = box.row === null;
  const frames = COLUMNS.map((key) =>
    el('rect', {
      x: columnX(key),
      y: box.y,
      width: WIDTH[key],
      height: box.height,
      fill: header ? '#f4f5f7' : '#ffffff',
      stroke: STROKE,
    }),
  );
  const texts = COLUMNS.map((key) =>
    textBlock({
      x: columnX(key) + PAD,
      y: box.y + PAD + TEXT.sizePx,
      lines: box.cells[key],
      ...TEXT,
      weight: isBold(key, header) ? 'bold' : undefined,
      className: key,
    }),
  );
  const attrs = header ? { class: 'header-row' } : { class: 'row', 'data-number': box.row?.number };

  return el('g', attrs, [...frames, ...texts]);
}

/**
 * Appendix 1 of a regulation: the sequence of steps between the units with each step's
 * duration, drawn as a table whose first column shows the flow (step to step, and the refusal
 * branching off step 1).
 *
 * @example
 *   writeFileSync('appendix-1.svg', appendix1Svg(version, 'ru'));
 */
export function appendix1Svg(version: ServiceVersion, lang: DocLang): string {
  const title = pick(version.title, lang);
  const head = pageHead(
    PAGE.width,
    PAGE.margin,
    regulationAppendixLine(title, 1, lang),
    appendix1Title(lang),
  );
  const boxes = layoutRows(appendix1Rows(version, lang), head.bottom, lang);
  const last = boxes.at(-1);
  const bottom = last === undefined ? head.bottom : last.y + last.height;

  return svgDocument(PAGE.width, bottom + PAGE.margin, [
    ARROW_MARKER,
    head.markup,
    el('g', { class: 'table' }, boxes.map(rowMarkup)),
    flowMarks(boxes, columnX('number'), PAD + TEXT.sizePx / 2 + 6),
  ]);
}
