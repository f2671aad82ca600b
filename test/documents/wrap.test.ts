import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/adapters/documents/svg/text-metrics.js';
import { wrapText } from '../../src/adapters/documents/svg/wrap.js';

const action =
  'көрсетілетін қызметті берушінің жауапты қызметкері құжаттарды зерделеп, мемлекеттік ' +
  'көрсетілетін қызмет нәтижесінің жобасын дайындайды және көрсетілетін қызметті берушінің ' +
  'басшысына қол қою үшін жолдайды';

describe('text wrapping measured with the bundled font', () => {
  it('breaks a long Kazakh action into lines no wider than asked, keeping every word', () => {
    const lines = wrapText(action, 200, { sizePx: 12 });

    expect({
      words: lines.join(' '),
      tooWide: lines.filter((l) => textWidth(l, 12) > 200),
    }).toEqual({ words: action, tooWide: [] });
  });

  it('cuts a word longer than the line', () => {
    const lines = wrapText('құрылымдық-функционалдық', 60, { sizePx: 12 });

    expect({ joined: lines.join(''), tooWide: lines.filter((l) => textWidth(l, 12) > 60) }).toEqual(
      {
        joined: 'құрылымдық-функционалдық',
        tooWide: [],
      },
    );
  });

  it('measures bold wider than regular, and every digit alike', () => {
    expect({
      bold: textWidth('Жұмыс күні', 12, 'bold') > textWidth('Жұмыс күні', 12),
      digits: textWidth('20', 12) === textWidth('26', 12),
    }).toEqual({ bold: true, digits: true });
  });
});
