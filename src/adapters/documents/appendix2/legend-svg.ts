import { pick, type DocLang } from '../language.js';
import { el, textBlock } from '../svg/markup.js';
import { arrow, diamond, eventCircle, stepRect } from '../svg/shapes.js';
import { wrapText } from '../svg/wrap.js';
import { LEGEND, UNIT_FOOTNOTE } from '../vocabulary/diagram-words.js';

export interface Legend {
  readonly markup: string;
  readonly height: number;
}

const ROW = 40;
const TEXT = { sizePx: 12, lineHeight: 15 } as const;

/** The sample shape of each legend row, centred in a 60 px cell. */
function sample(kind: 'event' | 'step' | 'choice' | 'arrow', x: number, cy: number): string {
  const c = { x: x + 30, y: cy };

  if (kind === 'event') return eventCircle(c, 14, false, 'legend-event');
  if (kind === 'step') return stepRect(x + 5, cy - 14, 50, 28);
  if (kind === 'choice') return diamond(c, 30, 'legend-choice');

  return arrow(
    [
      { x: x + 5, y: cy },
      { x: x + 55, y: cy },
    ],
    'legend-arrow',
  );
}

/**
 * The legend of appendix 2 (circle: start or end, rectangle: a step, diamond: a choice, arrow:
 * the move on) and the footnote that explains ҚФБ / СФЕ.
 */
export function legendSvg(x: number, y: number, width: number, lang: DocLang): Legend {
  const kinds = ['event', 'step', 'choice', 'arrow'] as const;
  const rows = kinds.map((kind, i) => {
    const cy = y + 34 + i * ROW;
    const lines = wrapText(pick(LEGEND[kind], lang), width - 90, TEXT);
    const top = cy + 4 - ((lines.length - 1) * TEXT.lineHeight) / 2;

    return el('g', { class: 'legend-row', 'data-kind': kind }, [
      sample(kind, x, cy),
      textBlock({ x: x + 80, y: top, lines, ...TEXT }),
    ]);
  });
  const footY = y + 34 + kinds.length * ROW;
  const foot = wrapText(pick(UNIT_FOOTNOTE, lang), width, TEXT);
  const markup = el('g', { class: 'legend' }, [
    textBlock({ x, y: y + 12, lines: [pick(LEGEND.title, lang)], ...TEXT, weight: 'bold' }),
    ...rows,
    textBlock({ x, y: footY, lines: foot, ...TEXT, className: 'footnote' }),
  ]);

  return { markup, height: footY - y + foot.length * TEXT.lineHeight };
}
