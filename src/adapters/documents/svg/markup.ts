import { FONT_FAMILY, type FontWeight } from './font.js';

type Attrs = Readonly<Record<string, string | number | undefined>>;

export function escapeXml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');
}

/** Two decimals are plenty for pixels and keep the files small and stable in tests. */
function formatValue(value: string | number): string {
  return typeof value === 'number' ? String(Math.round(value * 100) / 100) : escapeXml(value);
}

function attributes(attrs: Attrs): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${formatValue(value)}"`)
    .join('');
}

/**
 * One element as text; children are markup already (escape text with `escapeXml`).
 *
 * @example
 *   el('rect', { x: 0, y: 0, width: 10, height: 5 }) // '<rect x="0" y="0" width="10" height="5"/>'
 */
export function el(name: string, attrs: Attrs, children?: string | readonly string[]): string {
  if (children === undefined) return `<${name}${attributes(attrs)}/>`;

  const inner = typeof children === 'string' ? children : children.join('');

  return `<${name}${attributes(attrs)}>${inner}</${name}>`;
}

export interface TextBlock {
  readonly x: number;
  /** The baseline of the first line. */
  readonly y: number;
  readonly lines: readonly string[];
  readonly sizePx: number;
  readonly lineHeight: number;
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly weight?: FontWeight;
  readonly className?: string;
}

/** Lines of text as one `<text>` with a `<tspan>` per line; SVG has no wrapping of its own. */
export function textBlock(block: TextBlock): string {
  const spans = block.lines.map((line, i) =>
    el('tspan', { x: block.x, dy: i === 0 ? 0 : block.lineHeight }, escapeXml(line)),
  );

  return el(
    'text',
    {
      x: block.x,
      y: block.y,
      'font-size': block.sizePx,
      'text-anchor': block.anchor === 'start' ? undefined : block.anchor,
      'font-weight': block.weight === 'bold' ? 'bold' : undefined,
      class: block.className,
    },
    spans,
  );
}

/** A whole SVG document on a white page, in the layout font. */
export function svgDocument(width: number, height: number, body: readonly string[]): string {
  const size = { width: Math.ceil(width), height: Math.ceil(height) };
  const root = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      ...size,
      viewBox: `0 0 ${size.width} ${size.height}`,
      'font-family': `${FONT_FAMILY}, sans-serif`,
    },
    [el('rect', { x: 0, y: 0, ...size, fill: '#ffffff' }), ...body],
  );

  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}
