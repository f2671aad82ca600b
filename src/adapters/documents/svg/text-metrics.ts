import { readFileSync } from 'node:fs';
import { fontFile, type FontWeight } from './font.js';

/**
 * Advance widths read from the TrueType font itself, so that text laid out here wraps where
 * the renderer will need it to. Only what widths need is read: the table directory, `head`
 * (units per em), `hhea`/`hmtx` (advances) and a format-4 `cmap` (the Basic Multilingual
 * Plane, which holds Kazakh and Russian Cyrillic). Kerning is ignored: it only narrows text.
 */
interface Metrics {
  readonly unitsPerEm: number;
  readonly advance: (codePoint: number) => number;
}

function tableOffsets(font: Buffer): Map<string, number> {
  const count = font.readUInt16BE(4);
  const tables = new Map<string, number>();

  for (let i = 0; i < count; i++) {
    const entry = 12 + i * 16;

    tables.set(font.toString('latin1', entry, entry + 4), font.readUInt32BE(entry + 8));
  }

  return tables;
}

function unicodeSubtable(font: Buffer, cmap: number): number {
  const count = font.readUInt16BE(cmap + 2);

  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);

    if (platform === 3 && encoding === 1) return cmap + font.readUInt32BE(record + 4);
  }

  throw new Error('The font has no Windows Unicode BMP character map');
}

/** Glyph lookup in a format-4 subtable: segments of code points mapped by delta or array. */
function glyphLookup(font: Buffer, table: number): (codePoint: number) => number {
  const segments = font.readUInt16BE(table + 6) / 2;
  const ends = table + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const ranges = deltas + segments * 2;

  return (codePoint) => {
    for (let s = 0; s < segments; s++) {
      if (font.readUInt16BE(ends + s * 2) < codePoint) continue;

      const start = font.readUInt16BE(starts + s * 2);
      const delta = font.readInt16BE(deltas + s * 2);
      const range = font.readUInt16BE(ranges + s * 2);

      if (start > codePoint) return 0;
      if (range === 0) return (codePoint + delta) & 0xffff;

      const glyph = font.readUInt16BE(ranges + s * 2 + range + (codePoint - start) * 2);

      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }

    return 0;
  };
}

function readMetrics(font: Buffer): Metrics {
  const tables = tableOffsets(font);
  const at = (tag: string): number => tables.get(tag) ?? 0;
  const longMetrics = font.readUInt16BE(at('hhea') + 34);
  const glyphOf = glyphLookup(font, unicodeSubtable(font, at('cmap')));

  return {
    unitsPerEm: font.readUInt16BE(at('head') + 18),
    advance: (codePoint) => {
      const glyph = Math.min(glyphOf(codePoint), longMetrics - 1);

      return font.readUInt16BE(at('hmtx') + glyph * 4);
    },
  };
}

const loaded = new Map<FontWeight, Metrics>();

function metrics(weight: FontWeight): Metrics {
  const known = loaded.get(weight);

  if (known !== undefined) return known;

  const read = readMetrics(readFileSync(fontFile(weight)));

  loaded.set(weight, read);

  return read;
}

/**
 * The width of a single line of text in pixels at the given font size.
 *
 * @example
 *   textWidth('Жұмыс күні', 12, 'bold') // 82.83…
 */
export function textWidth(text: string, sizePx: number, weight: FontWeight = 'regular'): number {
  const font = metrics(weight);
  let units = 0;

  for (const char of text) units += font.advance(char.codePointAt(0) ?? 0);

  return (units / font.unitsPerEm) * sizePx;
}
