import type { ComputedDeadline } from '../../src/application/calendar/compute-deadline.js';
import type { CalendarEntry } from '../../src/domain/calendar/index.js';
import { main } from '../../src/interfaces/cli/main.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `reglament …` in-process with buffers for its streams. */
export async function runCli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';

  const code = await main(args, {
    stdout: (chunk) => {
      stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    },
    stderr: (chunk) => {
      stderr += chunk;
    },
  });

  return { code, stdout, stderr };
}

const DECREE_2020 = {
  kind: 'decree',
  title:
    'Decree of the Government of the Republic of Kazakhstan "On transfer of rest days in 2020"',
  titles: {
    kk: 'Қазақстан Республикасы Үкіметінің «2020 жылы демалыс күндерін ауыстыру туралы» қаулысы',
    ru: 'Постановление Правительства Республики Казахстан «О переносе выходных дней в 2020 году»',
    en: 'Decree of the Government of the Republic of Kazakhstan "On transfer of rest days in 2020"',
  },
  reference: 'No. 820 of 1 Nov 2019, adilet P1900000820',
  references: {
    kk: '2019 жылғы 1 қарашадағы № 820, «Әділет» P1900000820',
    ru: 'от 1 ноября 2019 года № 820, «Әділет» P1900000820',
    en: 'No. 820 of 1 Nov 2019, adilet P1900000820',
  },
  url: 'https://adilet.zan.kz/rus/docs/P1900000820',
} as const;

/**
 * Friday 2020-01-03 17:00 plus one working day: the Saturday is skipped and the Sunday counts,
 * worked by decree in exchange for the Friday, so the term ends on Sunday 2020-01-05.
 */
export const WORKED_EXAMPLE: ComputedDeadline = {
  due: '2020-01-05T18:30:00+05:00',
  explanation: {
    rule: {
      unit: 'working-days',
      amount: 1,
      officeHours: {
        zone: 'Asia/Atyrau',
        utcOffsetMinutes: 300,
        segments: [
          { start: '09:00', end: '13:00' },
          { start: '14:30', end: '18:30' },
        ],
      },
    },
    start: {
      instant: '2020-01-03T17:00:00+05:00',
      epochMs: Date.parse('2020-01-03T17:00:00+05:00'),
      date: '2020-01-03',
      time: '17:00',
      weekday: 'fri',
    },
    countingStarts: { date: '2020-01-04', weekday: 'sat', time: null, why: 'day-after-start' },
    due: {
      instant: '2020-01-05T18:30:00+05:00',
      epochMs: Date.parse('2020-01-05T18:30:00+05:00'),
      date: '2020-01-05',
      time: '18:30',
      weekday: 'sun',
    },
    days: [
      { date: '2020-01-04', weekday: 'sat', effect: 'skipped', reason: 'weekend' },
      {
        date: '2020-01-05',
        weekday: 'sun',
        effect: 'counted',
        reason: 'working-by-act',
        entry: {
          date: '2020-01-05',
          kind: 'working-sunday',
          name: {
            kk: 'Жұмыс күні (демалыс күні ауыстырылды)',
            ru: 'Рабочий день (перенос дня отдыха)',
            en: 'Working day (day off transferred)',
          },
          source: DECREE_2020,
          note:
            'in exchange for 2020-01-03 (Fri); reported at ' +
            'https://kyzylorda-news.kz/ru/obshestvo/kak-kazahstanczy-otdohnut-v-2020-godu-kalendar-31660/',
        },
      },
    ],
    endMoved: null,
    provisionalYears: [],
  },
};

/** The worked example told in English, line by line. */
export const WORKED_EXAMPLE_EN = [
  'Limit: 1 working day from 2020-01-03 17:00 (Fri), Asia/Atyrau UTC+05:00.',
  'Counting starts on 2020-01-04 (Sat), the day after the start date.',
  '2020-01-04 (Sat) skipped: weekend.',
  '2020-01-05 (Sun) counted: working day by act — Working day (day off transferred) ' +
    `(${DECREE_2020.title}, ${DECREE_2020.reference}).`,
  'Due: 2020-01-05 18:30 (Sun) (2020-01-05T18:30:00+05:00).',
];

/** A transfer an administrator enters when its decree is published; the act is invented. */
export function transferredDayOff(date: string): CalendarEntry {
  return {
    date,
    kind: 'transferred-day-off',
    name: {
      kk: 'Ауыстырылған демалыс күні',
      ru: 'Перенесённый день отдыха',
      en: 'Transferred day off',
    },
    source: {
      kind: 'decree',
      title: 'Government decree on the transfer of rest days (test data)',
      reference: 'No. 1 of 1 Jan 2000',
    },
  };
}

/** A problem answer, as far as the tests look into it. */
export interface ProblemBody {
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** A JSON answer read as the shape the test expects; the assertions then check it whole. */
export function read<T>(response: { json: () => unknown }): T {
  return response.json() as T;
}
