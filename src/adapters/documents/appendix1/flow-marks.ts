import { el, escapeXml } from '../svg/markup.js';
import { arrow, eventCircle } from '../svg/shapes.js';

/** What the flow needs of a table row: where it starts, and its number (none for headings). */
export interface FlowRow {
  readonly row: { readonly number: string; readonly branch: boolean } | null;
  readonly y: number;
}

const RADIUS = 13;
const MAIN_X = 24;
const BRANCH_X = 48;

interface Mark {
  readonly number: string;
  readonly branch: boolean;
  readonly x: number;
  readonly y: number;
}

function circle(mark: Mark): string {
  return el('g', { class: mark.branch ? 'flow-branch' : 'flow-step' }, [
    eventCircle({ x: mark.x, y: mark.y }, RADIUS, mark.branch, 'flow-mark'),
    el(
      'text',
      { x: mark.x, y: mark.y + 4, 'font-size': 11, 'text-anchor': 'middle' },
      escapeXml(mark.number),
    ),
  ]);
}

/** A step leads down to the next step; a branch leaves its step sideways, then down. */
function links(marks: readonly Mark[]): string[] {
  const steps = marks.filter((m) => !m.branch);
  const down = steps.slice(1).map((to, i) => {
    const from = steps[i] ?? to;

    return arrow([
      { x: from.x, y: from.y + RADIUS },
      { x: to.x, y: to.y - RADIUS },
    ]);
  });
  const aside = marks.flatMap((m, i) => {
    const from = steps.filter((s) => marks.indexOf(s) < i).at(-1);

    if (!m.branch || from === undefined) return [];

    return [
      arrow([
        { x: from.x + RADIUS, y: from.y },
        { x: m.x, y: from.y },
        { x: m.x, y: m.y - RADIUS },
      ]),
    ];
  });

  return [...down, ...aside];
}

/** The flow drawn over the table's first column: numbered circles joined by arrows. */
export function flowMarks(boxes: readonly FlowRow[], columnX: number, firstLineY: number): string {
  const marks = boxes.flatMap((box): Mark[] =>
    box.row === null
      ? []
      : [
          {
            number: box.row.number,
            branch: box.row.branch,
            x: columnX + (box.row.branch ? BRANCH_X : MAIN_X),
            y: box.y + firstLineY,
          },
        ],
  );

  return el('g', { class: 'flow' }, [...links(marks), ...marks.map(circle)]);
}
