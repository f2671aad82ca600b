import { el, textBlock } from './markup.js';
import { wrapText } from './wrap.js';

export interface PageHead {
  readonly markup: string;
  /** The first free y below the head. */
  readonly bottom: number;
}

const HEADER = { sizePx: 12, lineHeight: 16, width: 470 } as const;
const TITLE = { sizePx: 14, lineHeight: 19 } as const;

/**
 * The top of an appendix page as the act sets it: the "appendix N to the regulation …" lines
 * in a block at the right, then the title centred in bold.
 */
export function pageHead(
  pageWidth: number,
  margin: number,
  header: string,
  title: string,
): PageHead {
  const headerLines = wrapText(header, HEADER.width, { sizePx: HEADER.sizePx });
  const titleLines = wrapText(title, pageWidth - 2 * margin - 120, {
    sizePx: TITLE.sizePx,
    weight: 'bold',
  });
  const titleTop = margin + headerLines.length * HEADER.lineHeight + 24;
  const markup = el('g', { class: 'page-head' }, [
    textBlock({
      x: pageWidth - margin - HEADER.width,
      y: margin + HEADER.sizePx,
      lines: headerLines,
      sizePx: HEADER.sizePx,
      lineHeight: HEADER.lineHeight,
      className: 'appendix-header',
    }),
    textBlock({
      x: pageWidth / 2,
      y: titleTop + TITLE.sizePx,
      lines: titleLines,
      sizePx: TITLE.sizePx,
      lineHeight: TITLE.lineHeight,
      anchor: 'middle',
      weight: 'bold',
      className: 'appendix-title',
    }),
  ]);

  return { markup, bottom: titleTop + titleLines.length * TITLE.lineHeight + 20 };
}
