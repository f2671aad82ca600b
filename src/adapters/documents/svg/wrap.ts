import type { FontWeight } from './font.js';
import { textWidth } from './text-metrics.js';

export interface TextStyle {
  readonly sizePx: number;
  readonly weight?: FontWeight;
}

/** Cuts a word that alone is wider than the line, letter by letter. */
function breakWord(word: string, maxWidth: number, style: TextStyle): string[] {
  const pieces: string[] = [];
  let piece = '';

  for (const char of word) {
    if (piece !== '' && textWidth(piece + char, style.sizePx, style.weight) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }

    piece += char;
  }

  return [...pieces, piece];
}

/**
 * Greedy line breaking at spaces, measured with the font the renderer uses; Kazakh action
 * texts run to 400 characters, and SVG text does not wrap by itself.
 *
 * @example
 *   wrapText('көрсетілетін қызметті берушінің басшысы', 150, { sizePx: 12 })
 *   // ['көрсетілетін қызметті', 'берушінің басшысы']
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle): string[] {
  const lines: string[] = [];
  let line = '';

  for (const word of text.split(/\s+/u).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;

    if (textWidth(candidate, style.sizePx, style.weight) <= maxWidth) {
      line = candidate;
      continue;
    }

    if (line !== '') lines.push(line);

    const pieces = breakWord(word, maxWidth, style);

    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }

  return line === '' ? lines : [...lines, line];
}
