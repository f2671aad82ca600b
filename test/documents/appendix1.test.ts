import { describe, expect, it } from 'vitest';
import { appendix1Svg } from '../../src/adapters/documents/appendix1/appendix1-svg.js';
import { appendix1Table } from '../../src/adapters/documents/appendix1/appendix1-table.js';
import { appendix1Rows } from '../../src/adapters/documents/appendix1/rows.js';
import { DOC_LANGS } from '../../src/adapters/documents/language.js';
import { renderPng } from '../../src/adapters/documents/png/render-png.js';
import { textWidth } from '../../src/adapters/documents/svg/text-metrics.js';
import { byClass, keepArtefact, latest, lines, parseXml, services } from './support.js';

const missionary = latest('missionary-registration');

describe('appendix 1: the sequence of steps between the units', () => {
  it('has a row per step and the refusal after step 1, with unit, duration and hand-over', () => {
    const rows = appendix1Rows(missionary, 'kk').map((r) => [
      r.number,
      r.unit,
      r.duration,
      r.handsTo,
    ]);

    expect(rows).toEqual([
      [
        '1',
        'Көрсетілетін қызметті берушінің қызметкері',
        '30 минут',
        'Құжаттар → көрсетілетін қызметті берушінің басшысы',
      ],
      [
        '1.1',
        'Көрсетілетін қызметті берушінің қызметкері',
        '30 минут',
        'Бас тарту туралы жазбаша дәлелді жауап → көрсетілетін қызметті алушы',
      ],
      [
        '2',
        'Көрсетілетін қызметті берушінің басшысы',
        '1 жұмыс күні',
        'Құжаттар → көрсетілетін қызметті берушінің жауапты маманы',
      ],
      [
        '3',
        'Көрсетілетін қызметті берушінің жауапты маманы',
        '26 күнтізбелік күн',
        'Нәтиженің жобасы → көрсетілетін қызметті берушінің басшысы',
      ],
      [
        '4',
        'Көрсетілетін қызметті берушінің басшысы',
        '1 жұмыс күні',
        'Қол қойылған нәтиже → көрсетілетін қызметті берушінің қызметкері',
      ],
      [
        '5',
        'Көрсетілетін қызметті берушінің қызметкері',
        '1 жұмыс күні',
        'Мемлекеттік көрсетілетін қызмет нәтижесі → көрсетілетін қызметті алушы',
      ],
    ]);
  });

  it('gives each step the wording of the act in its action column', () => {
    const actions = appendix1Rows(missionary, 'kk').map((r) => r.action.toLowerCase());
    const expected = [
      missionary.steps[0]!.action.kk,
      missionary.branches[0]!.action.kk,
      ...missionary.steps.slice(1).map((s) => s.action.kk),
    ];

    expect(actions).toEqual(expected.map((a) => a.toLowerCase()));
  });

  it('heads the text table with the lines the act gives appendix 1', () => {
    const table = appendix1Table(missionary, 'ru').split('\n');

    expect(table.slice(0, 6)).toEqual([
      'Приложение 1 к регламенту государственной услуги "Проведение регистрации и ' +
        'перерегистрации лиц, осуществляющих миссионерскую деятельность"',
      '',
      'Описание последовательности процедур (действий) между структурными подразделениями ' +
        '(работниками) с указанием длительности каждой процедуры (действия)',
      '',
      '| № | СФЕ | Содержание процедуры (действия) | Длительность выполнения | ' +
        'Что и кому передается |',
      '| --- | --- | --- | --- | --- |',
    ]);
  });

  it.each(DOC_LANGS)('draws a row and a flow mark per step with its duration (%s)', (lang) => {
    const svg = parseXml(appendix1Svg(missionary, lang));
    const rows = byClass(svg, 'row');
    const durations = rows.map((row) => lines(byClass(row, 'duration')[0]!).join(' '));

    expect({
      numbers: rows.map((r) => r.attrs['data-number']),
      durations,
      marks: byClass(svg, 'flow-mark').length,
    }).toEqual({
      numbers: ['1', '1.1', '2', '3', '4', '5'],
      durations:
        lang === 'kk'
          ? [
              '30 минут',
              '30 минут',
              '1 жұмыс күні',
              '26 күнтізбелік күн',
              '1 жұмыс күні',
              '1 жұмыс күні',
            ]
          : [
              '30 минут',
              '30 минут',
              '1 рабочий день',
              '26 календарных дней',
              '1 рабочий день',
              '1 рабочий день',
            ],
      marks: 6,
    });
  });

  it('wraps every cell inside its column', () => {
    const svg = parseXml(appendix1Svg(missionary, 'kk'));
    const overflowing = [...byClass(svg, 'row'), ...byClass(svg, 'header-row')].flatMap((row) => {
      const frames = row.children.filter((c) => c.name === 'rect');
      const texts = row.children.filter((c) => c.name === 'text');

      return texts.flatMap((text, i) => {
        const room = Number(frames[i]?.attrs.width) - 16;
        const weight = text.attrs['font-weight'] === 'bold' ? 'bold' : 'regular';

        return lines(text).filter((line) => textWidth(line, 12, weight) > room);
      });
    });

    expect(overflowing).toEqual([]);
  });

  it.each(services.flatMap((s) => DOC_LANGS.map((lang) => [s.code, lang] as const)))(
    'renders appendix 1 of %s (%s) to PNG',
    (code, lang) => {
      const png = renderPng(appendix1Svg(latest(code), lang));

      keepArtefact(`${code}.appendix1.${lang}.png`, png);

      expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    },
  );
});
