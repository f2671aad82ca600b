import { describe, expect, it } from 'vitest';
import { appendix2Svg } from '../../src/adapters/documents/appendix2/appendix2-svg.js';
import { DOC_LANGS } from '../../src/adapters/documents/language.js';
import { renderPng } from '../../src/adapters/documents/png/render-png.js';
import { textWidth } from '../../src/adapters/documents/svg/text-metrics.js';
import {
  byClass,
  keepArtefact,
  latest,
  lines,
  parseXml,
  services,
  type XmlNode,
} from './support.js';

const missionary = latest('missionary-registration');

const DURATIONS = {
  kk: [
    '30 минут',
    '30 минут',
    '1 жұмыс күні',
    '26 күнтізбелік күн',
    '1 жұмыс күні',
    '1 жұмыс күні',
  ],
  ru: [
    '30 минут',
    '30 минут',
    '1 рабочий день',
    '26 календарных дней',
    '1 рабочий день',
    '1 рабочий день',
  ],
} as const;

function frame(node: XmlNode): { y: number; bottom: number } {
  const rect = node.children.find((c) => c.name === 'rect')!;
  const y = Number(rect.attrs.y);

  return { y, bottom: y + Number(rect.attrs.height) };
}

/** The lane whose band holds a step's box. */
function laneOf(step: XmlNode, lanes: readonly XmlNode[]): string | undefined {
  const box = frame(step);

  return lanes.find((lane) => {
    const band = frame(lane);

    return band.y <= box.y && box.bottom <= band.bottom;
  })?.attrs['data-party'];
}

describe('appendix 2: the reference book of business processes', () => {
  it.each(DOC_LANGS)('draws a lane per party and each step in its lane (%s)', (lang) => {
    const svg = parseXml(appendix2Svg(missionary, lang));
    const lanes = byClass(svg, 'lane');
    const steps = byClass(svg, 'step');

    expect({
      lanes: lanes.map((l) => l.attrs['data-party']),
      steps: Object.fromEntries(
        steps.map((s): [string, string | undefined] => [
          s.attrs['data-id'] ?? '',
          laneOf(s, lanes),
        ]),
      ),
    }).toEqual({
      lanes: ['recipient', 'clerk', 'head', 'officer'],
      steps: {
        Task_intake: 'clerk',
        'Task_intake-refusal': 'clerk',
        Task_routing: 'head',
        Task_execution: 'officer',
        Task_signing: 'head',
        Task_issuance: 'clerk',
      },
    });
  });

  it.each(DOC_LANGS)('prints each step with its duration in the language (%s)', (lang) => {
    const svg = parseXml(appendix2Svg(missionary, lang));
    const durations = byClass(svg, 'duration').map((d) => lines(d).join(' '));

    expect(durations).toEqual(DURATIONS[lang]);
  });

  it('branches the refusal off intake through a choice and ends it apart from the result', () => {
    const svg = parseXml(appendix2Svg(missionary, 'kk'));
    const ids = (kind: string): (string | undefined)[] =>
      byClass(svg, kind).map((n) => n.attrs['data-id']);

    expect({
      start: ids('start'),
      gateways: ids('gateway'),
      ends: ids('end'),
      arrows: byClass(svg, 'edge').length,
    }).toEqual({
      start: ['StartEvent_application'],
      gateways: ['Gateway_intake'],
      ends: ['EndEvent_intake-refusal', 'EndEvent_issued'],
      arrows: 9,
    });
  });

  it('explains the shapes in a legend and ends with the act’s ҚФБ footnote', () => {
    const svg = parseXml(appendix2Svg(missionary, 'kk'));
    const footnote = lines(byClass(svg, 'footnote')[0]!).join(' ');

    expect({
      legend: byClass(svg, 'legend-row').map((r) => r.attrs['data-kind']),
      footnote,
    }).toEqual({
      legend: ['event', 'step', 'choice', 'arrow'],
      footnote:
        '*ҚФБ - құрылымдық-функционалдық бірлік: көрсетілетін қызметті берушінің құрылымдық ' +
        'бөлімшелерінің (қызметкерлерінің), халыққа қызмет көрсету орталықтарының, "электрондық ' +
        'үкімет" веб-порталының өзара іс-қимылдары;',
    });
  });

  it.each(DOC_LANGS)('keeps every line of a step inside its box (%s)', (lang) => {
    const svg = parseXml(appendix2Svg(missionary, lang));
    const overflowing = byClass(svg, 'step').flatMap((step) => {
      const room = Number(step.children[0]?.attrs.width) - 16;

      return step.children
        .filter((c) => c.name === 'text')
        .flatMap((text) => {
          const weight = text.attrs['font-weight'] === 'bold' ? 'bold' : 'regular';

          return lines(text).filter((line) => textWidth(line, 12, weight) > room);
        });
    });

    expect(overflowing).toEqual([]);
  });

  it.each(services.flatMap((s) => DOC_LANGS.map((lang) => [s.code, lang] as const)))(
    'renders appendix 2 of %s (%s) to PNG',
    (code, lang) => {
      const png = renderPng(appendix2Svg(latest(code), lang));

      keepArtefact(`${code}.appendix2.${lang}.png`, png);

      expect([...png.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    },
  );
});
