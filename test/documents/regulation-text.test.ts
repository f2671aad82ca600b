import { describe, expect, it } from 'vitest';
import { regulationText } from '../../src/adapters/documents/regulation-text/regulation-text.js';
import { allVersions, latest, seedSection5 } from './support.js';

const seed = seedSection5();

/** The lines from the one that starts with `lead` to the next one that starts with `next`. */
function section(text: string, lead: string, next: string): string[] {
  const all = text.split('\n');
  const from = all.findIndex((l) => l.startsWith(lead));
  const to = all.findIndex((l, i) => i > from && l.startsWith(next));

  return all.slice(from, to);
}

describe('chapters 1–3 of a regulation, rendered from its definition', () => {
  it.each(allVersions.map((v) => [v.id, v] as const))(
    'gives §5 of %s item by item as the act words it',
    (_id, version) => {
      const text = regulationText(version, 'kk');

      expect(section(text, '5. ', '3. Мемлекеттік')).toEqual(seed.get(version.serviceCode));
    },
  );

  it('lays the Kazakh text out as the act: approval lines, title, chapters and paragraphs', () => {
    const text = regulationText(latest('religious-literature-premises'), 'kk');
    const starts = text
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => l.split(' ').slice(0, 2).join(' '));

    expect(starts).toEqual([
      'Атырау облысы',
      'Атырау облысы',
      '"Діни әдебиетті',
      '1. Жалпы',
      '1. "Діни',
      '2. Мемлекеттік',
      '3. Мемлекеттік',
      'Мемлекеттік көрсетілетін',
      '2. Мемлекеттік',
      '4. Мемлекеттік',
      'Ескерту. 4-тармақ',
      '5. Мемлекеттік',
      '1) көрсетілетін',
      'Ұсынылған құжаттардың',
      '2) көрсетілетін',
      '3) көрсетілетін',
      '4) көрсетілетін',
      '5) көрсетілетін',
      '3. Мемлекеттік',
      '6. Мемлекеттік',
      '1) көрсетілетін',
      '2) көрсетілетін',
      '3) көрсетілетін',
      '7. Әрбір',
      '8. "Діни',
    ]);
  });

  it('heads the regulation with the approval lines of the act that holds it', () => {
    const head = regulationText(latest('missionary-registration'), 'kk').split('\n').slice(0, 2);

    expect(head).toEqual([
      'Атырау облысы әкімдігінің 2015 жылғы "22" мамырдағы № 155 қаулысына 3-қосымша',
      'Атырау облысы әкімдігінің 2015 жылғы "22" мамырдағы № 155 қаулысымен бекітілген',
    ]);
  });

  it('lists the units of §6 with the names the act gives them', () => {
    const text = regulationText(latest('religious-event-premises'), 'kk');

    expect(section(text, '6. ', '7. ').slice(1)).toEqual([
      '1) көрсетілетін қызметті берушінің қызметкері;',
      '2) көрсетілетін қызметті берушінің басшысы;',
      '3) көрсетілетін қызметті берушінің жауапты маманы.',
    ]);
  });

  it('notes the 2016 amendment under the paragraph it reworded, and only in that version', () => {
    const [original, amended] = ['2015', '2016'].map((code) =>
      regulationText(
        allVersions.find((v) => v.id === `missionary-registration@${code}`)!,
        'ru',
      )
        .split('\n')
        .filter((l) => l.startsWith('Сноска.')),
    );

    expect({ original, amended }).toEqual({
      original: [],
      amended: [
        'Сноска. Пункт 3 в редакции постановления акимата Атырауской области от 18.03.2016 № 55.',
      ],
    });
  });

  it('gives §5 in Russian with the limits in Russian', () => {
    const text = regulationText(latest('missionary-registration'), 'ru');
    const items = section(text, '5. ', '3. Описание').slice(1);

    expect(items.map((l) => l.slice(l.lastIndexOf('(')))).toEqual([
      '(в течение 30 минут);',
      '(в течение 30 минут);',
      '(в течение 1 рабочего дня);',
      '(в течение 26 календарных дней);',
      '(в течение 1 рабочего дня);',
      '(в течение 1 рабочего дня).',
    ]);
  });
});
