import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, fontFile } from '../svg/font.js';

/**
 * Renders an SVG page to PNG with resvg, using only the bundled DejaVu fonts: system fonts
 * differ between machines, and the layout measured its text with DejaVu Sans.
 *
 * Only pass the documents of this module. resvg-js 2.6.2 aborts the whole process, past any
 * try/catch, when an element lies entirely outside the view box (thx/resvg-js issues 287,
 * 413, 415); the appendices are laid out so that everything they draw is on the page.
 *
 * @example
 *   writeFileSync('appendix-2.png', renderPng(appendix2Svg(version, 'kk')));
 */
export function renderPng(svg: string, scale = 1.5): Uint8Array {
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontFiles: [fontFile('regular'), fontFile('bold')],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
    },
  });

  return new Uint8Array(resvg.render().asPng());
}
