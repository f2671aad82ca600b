import { describe, expect, it } from 'vitest';
import { describeExplanation, explainDeadline } from '../../src/domain/calendar/index.js';
import type { LimitUnit } from '../../src/domain/shared/time.js';
import { at, calendar, hours, limit } from './support.js';

function explain(from: string, amount: number, unit: LimitUnit) {
  return explainDeadline(calendar, hours, at(from), limit(amount, unit));
}

const OFFICE_HOURS = {
  zone: 'Asia/Atyrau',
  utcOffsetMinutes: 300,
  segments: [
    { start: '09:00', end: '13:00' },
    { start: '14:30', end: '18:30' },
  ],
};

describe('explaining a deadline', () => {
  it('lists the weekend, the holiday and the working day by act of a working-day term', () => {
    expect(explain('2024-06-14T17:00+05:00', 1, 'working-days')).toEqual({
      rule: { unit: 'working-days', amount: 1, officeHours: OFFICE_HOURS },
      start: {
        instant: '2024-06-14T17:00:00+05:00',
        epochMs: at('2024-06-14T17:00+05:00'),
        date: '2024-06-14',
        time: '17:00',
        weekday: 'fri',
      },
      countingStarts: { date: '2024-06-15', weekday: 'sat', time: null, why: 'day-after-start' },
      due: {
        instant: '2024-06-17T18:30:00+05:00',
        epochMs: at('2024-06-17T18:30+05:00'),
        date: '2024-06-17',
        time: '18:30',
        weekday: 'mon',
      },
      days: [
        { date: '2024-06-15', weekday: 'sat', effect: 'skipped', reason: 'weekend' },
        {
          date: '2024-06-16',
          weekday: 'sun',
          effect: 'skipped',
          reason: 'day-off',
          entry: calendar.entryOn('2024-06-16'),
        },
        {
          date: '2024-06-17',
          weekday: 'mon',
          effect: 'counted',
          reason: 'working-by-act',
          entry: calendar.entryOn('2024-06-17'),
        },
      ],
      endMoved: null,
      provisionalYears: [],
    });
  });

  it('starts working minutes at the next opening after a holiday block', () => {
    const e = explain('2024-03-23T10:00+05:00', 30, 'working-minutes');

    expect({ countingStarts: e.countingStarts, due: e.due.instant, days: e.days }).toEqual({
      countingStarts: { date: '2024-03-26', weekday: 'tue', time: '09:00', why: 'next-opening' },
      due: '2024-03-26T09:30:00+05:00',
      days: [
        {
          date: '2024-03-23',
          weekday: 'sat',
          effect: 'skipped',
          reason: 'day-off',
          entry: calendar.entryOn('2024-03-23'),
        },
        { date: '2024-03-24', weekday: 'sun', effect: 'skipped', reason: 'weekend' },
        {
          date: '2024-03-25',
          weekday: 'mon',
          effect: 'skipped',
          reason: 'day-off',
          entry: calendar.entryOn('2024-03-25'),
        },
      ],
    });
  });

  it('starts working minutes at once inside office hours and lists nothing on a plain day', () => {
    const e = explain('2024-06-18T10:00:30+05:00', 30, 'working-minutes');

    expect({ countingStarts: e.countingStarts, due: e.due.instant, days: e.days }).toEqual({
      countingStarts: { date: '2024-06-18', weekday: 'tue', time: '10:00:30', why: 'at-start' },
      due: '2024-06-18T10:30:30+05:00',
      days: [],
    });
  });

  it('says why a calendar-day term ended later than its nominal last day', () => {
    const e = explain('2024-03-20T10:00+05:00', 2, 'calendar-days');

    expect({ endMoved: e.endMoved, due: e.due.instant, days: e.days.map((d) => d.date) }).toEqual({
      endMoved: { from: '2024-03-22', fromWeekday: 'fri', reason: 'day-off', to: '2024-03-26' },
      due: '2024-03-26T18:30:00+05:00',
      days: ['2024-03-22', '2024-03-23', '2024-03-24', '2024-03-25'],
    });
  });

  it('flags the provisional years a term runs into', () => {
    const e = explain('2025-12-30T10:00+05:00', 5, 'working-days');

    expect({ due: e.due.instant, provisionalYears: e.provisionalYears }).toEqual({
      due: '2026-01-09T18:30:00+05:00',
      provisionalYears: [2026],
    });
  });

  it('survives a JSON round trip unchanged', () => {
    const e = explain('2020-01-03T10:00+05:00', 600, 'working-minutes');

    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });
});

describe('describing an explanation', () => {
  const e = explain('2024-06-14T17:00+05:00', 1, 'working-days');
  const source =
    'Spiritual Administration of Muslims of Kazakhstan and Ministry of Labour and Social ' +
    'Protection of the Population: Kurban Ait 2024 falls on Sunday 16 June, no day off on ' +
    'Monday 17 June, 7 Jun 2024';
  const code = 'Labour Code of the Republic of Kazakhstan, No. 414-V of 23 Nov 2015, art. 84(5)';
  const sources = {
    ru: {
      code: 'Трудовой кодекс Республики Казахстан, от 23 ноября 2015 года № 414-V, пункт 5 статьи 84',
      source:
        'Духовное управление мусульман Казахстана и Министерство труда и социальной защиты ' +
        'населения: Курбан айт в 2024 году приходится на воскресенье 16 июня, понедельник ' +
        '17 июня не выходной, 7 июня 2024 года',
    },
    kk: {
      code: 'Қазақстан Республикасының Еңбек кодексі, 2015 жылғы 23 қарашадағы № 414-V, 84-баптың 5-тармағы',
      source:
        'Қазақстан мұсылмандары діни басқармасы және Еңбек және халықты әлеуметтік қорғау ' +
        'министрлігі: 2024 жылы Құрбан айт 16 маусымға (жексенбі) келеді, 17 маусым (дүйсенбі) ' +
        'демалыс күні емес, 2024 жылғы 7 маусым',
    },
  };

  it('writes it in English', () => {
    expect(describeExplanation(e, 'en')).toEqual([
      'Limit: 1 working day from 2024-06-14 17:00 (Fri), Asia/Atyrau UTC+05:00.',
      'Counting starts on 2024-06-15 (Sat), the day after the start date.',
      '2024-06-15 (Sat) skipped: weekend.',
      `2024-06-16 (Sun) skipped: day off — Kurban Ait (${code}).`,
      `2024-06-17 (Mon) counted: working day by act — Working day (${source}).`,
      'Due: 2024-06-17 18:30 (Mon) (2024-06-17T18:30:00+05:00).',
    ]);
  });

  it('writes it in Russian', () => {
    expect(describeExplanation(e, 'ru')).toEqual([
      'Срок: 1 рабочий день с 2024-06-14 17:00 (пт), Asia/Atyrau UTC+05:00.',
      'Течение срока начинается 2024-06-15 (сб), на следующий день после даты начала.',
      '2024-06-15 (сб) не засчитан: выходной день.',
      `2024-06-16 (вс) не засчитан: нерабочий день — Курбан айт (${sources.ru.code}).`,
      `2024-06-17 (пн) засчитан: рабочий день по акту — Рабочий день (${sources.ru.source}).`,
      'Срок истекает: 2024-06-17 18:30 (пн) (2024-06-17T18:30:00+05:00).',
    ]);
  });

  it('writes it in Kazakh', () => {
    expect(describeExplanation(e, 'kk')).toEqual([
      'Мерзім: 1 жұмыс күні; басталу уақыты: 2024-06-14 17:00 (жм), Asia/Atyrau UTC+05:00.',
      'Мерзімді есептеу бастапқы күннің келесі күнінен басталады: 2024-06-15 (сб).',
      '2024-06-15 (сб) есептелмеді: демалыс күні.',
      `2024-06-16 (жс) есептелмеді: жұмыс істемейтін күн — Құрбан айт (${sources.kk.code}).`,
      `2024-06-17 (дс) есептелді: акт бойынша жұмыс күні — Жұмыс күні (${sources.kk.source}).`,
      'Мерзім аяқталады: 2024-06-17 18:30 (дс) (2024-06-17T18:30:00+05:00).',
    ]);
  });

  it('uses Russian plural forms and tells a moved end and a provisional year', () => {
    const moved = explain('2026-03-19T10:00+05:00', 2, 'calendar-days');
    const law =
      'Закон Республики Казахстан «О праздниках в Республике Казахстан», ' +
      'от 13 декабря 2001 года № 267-II, статья 5';
    const substitute = 'Выходной день вместо праздника: Наурыз мейрамы';

    expect(describeExplanation(moved, 'ru')).toEqual([
      'Срок: 2 календарных дня с 2026-03-19 10:00 (чт), Asia/Atyrau UTC+05:00.',
      'Течение срока начинается 2026-03-20 (пт), на следующий день после даты начала.',
      `2026-03-21 (сб) не засчитан: нерабочий день — Наурыз мейрамы (${law}).`,
      `2026-03-22 (вс) не засчитан: нерабочий день — Наурыз мейрамы (${law}).`,
      `2026-03-23 (пн) не засчитан: нерабочий день — Наурыз мейрамы (${law}).`,
      `2026-03-24 (вт) не засчитан: нерабочий день — ${substitute} (${law}).`,
      `2026-03-25 (ср) не засчитан: нерабочий день — ${substitute} (${law}).`,
      'Последний день срока 2026-03-21 (сб) нерабочий; срок истекает 2026-03-26.',
      'Срок истекает: 2026-03-26 18:30 (чт) (2026-03-26T18:30:00+05:00).',
      'Внимание: календарь на 2026 г. предварительный и может измениться.',
    ]);
  });
});
