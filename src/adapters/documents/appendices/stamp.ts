import { escapeXml } from '../svg/markup.js';

/**
 * Marks a generated document, e.g. "ОҚУ РЕЖИМІ · 04.03.2019" on everything a training office
 * produces: a red line in the top right corner of a diagram, a first line of a text, a comment
 * at the head of XML.
 */
export function stampSvg(svg: string, stamp: string): string {
  const open = /<svg\b[^>]*>/u.exec(svg);
  const width = /\bwidth="([\d.]+)"/u.exec(open?.[0] ?? '');

  if (open === null || width === null) return svg;

  const mark =
    `<text x="${Number(width[1]) - 12}" y="16" text-anchor="end" font-size="12" ` +
    `font-weight="bold" fill="#c0392b" font-family="DejaVu Sans">${escapeXml(stamp)}</text>`;
  const end = svg.lastIndexOf('</svg>');

  // Last in the document, so that it is drawn over the page's background and content.
  return end < 0 ? svg : svg.slice(0, end) + mark + svg.slice(end);
}

export function stampText(text: string, stamp: string): string {
  return `[${stamp}]\n${text}`;
}

export function stampXml(xml: string, stamp: string): string {
  const declaration = /^<\?xml[^>]*\?>\n?/u.exec(xml);
  const comment = `<!-- ${stamp.replaceAll('--', '–')} -->\n`;

  if (declaration === null) return comment + xml;

  return (
    declaration[0] +
    (declaration[0].endsWith('\n') ? '' : '\n') +
    comment +
    xml.slice(declaration[0].length)
  );
}
