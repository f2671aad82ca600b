import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The one font the documents are laid out and rendered with: it covers Kazakh Cyrillic. */
export const FONT_FAMILY = 'DejaVu Sans';

export type FontWeight = 'regular' | 'bold';

const FILES: Readonly<Record<FontWeight, string>> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
};

/** The font file inside the `dejavu-fonts-ttf` package, wherever npm placed it. */
export function fontFile(weight: FontWeight): string {
  const pkg = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json');

  return join(dirname(pkg), 'ttf', FILES[weight]);
}
