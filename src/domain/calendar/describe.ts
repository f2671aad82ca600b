import type { Lang } from '../shared/text.js';
import type { LimitUnit } from '../shared/time.js';
import type { DeadlineExplanation, SpanDay, SpanDayReason } from './explain.js';
import { citeSource } from './entries.js';
import { offsetText } from './local-time.js';
import type { Weekday } from './types.js';

/** The words a language needs to tell an explanation; one table per language. */
interface Words {
  readonly weekdays: Readonly<Record<Weekday, string>>;
  readonly reasons: Readonly<Record<SpanDayReason, string>>;
  readonly limit: (amountAndUnit: string, start: string, zone: string) => string;
  readonly units: (amount: number, unit: LimitUnit) => string;
  readonly dayAfterStart: (day: string) => string;
  readonly atStart: (moment: string) => string;
  readonly nextOpening: (moment: string) => string;
  readonly skipped: (day: string, why: string) => string;
  readonly counted: (day: string, why: string) => string;
  readonly moved: (from: string, to: string) => string;
  readonly due: (moment: string, iso: string) => string;
  readonly provisional: (years: string) => string;
}

const EN: Words = {
  weekdays: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
  reasons: { weekend: 'weekend', 'day-off': 'day off', 'working-by-act': 'working day by act' },
  limit: (what, start, zone) => `Limit: ${what} from ${start}, ${zone}.`,
  units: (n, unit) => `${n} ${EN_UNITS[unit]}${n === 1 ? '' : 's'}`,
  dayAfterStart: (day) => `Counting starts on ${day}, the day after the start date.`,
  atStart: (moment) => `Counting starts at once: ${moment} is within office hours.`,
  nextOpening: (moment) => `Counting starts when the office next opens: ${moment}.`,
  skipped: (day, why) => `${day} skipped: ${why}.`,
  counted: (day, why) => `${day} counted: ${why}.`,
  moved: (from, to) => `The last day, ${from}, is not a working day; the term ends on ${to}.`,
  due: (moment, iso) => `Due: ${moment} (${iso}).`,
  provisional: (years) => `Note: the calendar for ${years} is provisional and may change.`,
};

const EN_UNITS: Readonly<Record<LimitUnit, string>> = {
  'working-minutes': 'working minute',
  'working-days': 'working day',
  'calendar-days': 'calendar day',
};

const RU: Words = {
  weekdays: { mon: 'пн', tue: 'вт', wed: 'ср', thu: 'чт', fri: 'пт', sat: 'сб', sun: 'вс' },
  reasons: {
    weekend: 'выходной день',
    'day-off': 'нерабочий день',
    'working-by-act': 'рабочий день по акту',
  },
  limit: (what, start, zone) => `Срок: ${what} с ${start}, ${zone}.`,
  units: (n, unit) => `${n} ${RU_UNITS[unit][russianForm(n)]}`,
  dayAfterStart: (day) => `Течение срока начинается ${day}, на следующий день после даты начала.`,
  atStart: (moment) => `Отсчёт начинается сразу: ${moment} — рабочее время.`,
  nextOpening: (moment) => `Отсчёт начинается с началом рабочего времени: ${moment}.`,
  skipped: (day, why) => `${day} не засчитан: ${why}.`,
  counted: (day, why) => `${day} засчитан: ${why}.`,
  moved: (from, to) => `Последний день срока ${from} нерабочий; срок истекает ${to}.`,
  due: (moment, iso) => `Срок истекает: ${moment} (${iso}).`,
  provisional: (years) => `Внимание: календарь на ${years} г. предварительный и может измениться.`,
};

const RU_UNITS: Readonly<Record<LimitUnit, readonly [string, string, string]>> = {
  'working-minutes': ['рабочая минута', 'рабочие минуты', 'рабочих минут'],
  'working-days': ['рабочий день', 'рабочих дня', 'рабочих дней'],
  'calendar-days': ['календарный день', 'календарных дня', 'календарных дней'],
};

const KK: Words = {
  weekdays: { mon: 'дс', tue: 'сс', wed: 'ср', thu: 'бс', fri: 'жм', sat: 'сб', sun: 'жс' },
  reasons: {
    weekend: 'демалыс күні',
    'day-off': 'жұмыс істемейтін күн',
    'working-by-act': 'акт бойынша жұмыс күні',
  },
  limit: (what, start, zone) => `Мерзім: ${what}; басталу уақыты: ${start}, ${zone}.`,
  units: (n, unit) => `${n} ${KK_UNITS[unit]}`,
  dayAfterStart: (day) => `Мерзімді есептеу бастапқы күннің келесі күнінен басталады: ${day}.`,
  atStart: (moment) => `Есептеу бірден басталады: ${moment} — жұмыс уақыты.`,
  nextOpening: (moment) => `Есептеу жұмыс уақыты басталғанда басталады: ${moment}.`,
  skipped: (day, why) => `${day} есептелмеді: ${why}.`,
  counted: (day, why) => `${day} есептелді: ${why}.`,
  moved: (from, to) =>
    `Мерзімнің соңғы күні ${from} жұмыс күні емес; мерзім аяқталатын күн: ${to}.`,
  due: (moment, iso) => `Мерзім аяқталады: ${moment} (${iso}).`,
  provisional: (years) => `Ескерту: ${years} жылғы күнтізбе алдын ала, өзгеруі мүмкін.`,
};

const KK_UNITS: Readonly<Record<LimitUnit, string>> = {
  'working-minutes': 'жұмыс минуты',
  'working-days': 'жұмыс күні',
  'calendar-days': 'күнтізбелік күн',
};

const WORDS: Readonly<Record<Lang, Words>> = { kk: KK, ru: RU, en: EN };

/** 1 день, 2 дня, 5 дней; 11–14 take the third form. */
function russianForm(n: number): 0 | 1 | 2 {
  const lastTwo = n % 100;
  const last = n % 10;

  if (lastTwo >= 11 && lastTwo <= 14) return 2;
  if (last === 1) return 0;
  if (last >= 2 && last <= 4) return 1;

  return 2;
}

/**
 * Renders an explanation as short lines for the CLI's `--explain`.
 *
 * @example
 *   describeExplanation(explainDeadline(calendar, hours, from, limit), 'en');
 *   // ['Limit: 1 working day from 2024-06-14 17:00 (Fri), Asia/Atyrau UTC+05:00.', …]
 */
export function describeExplanation(explanation: DeadlineExplanation, lang: Lang): string[] {
  const w = WORDS[lang];
  const e = explanation;
  const hours = e.rule.officeHours;
  const zone = `${hours.zone} UTC${offsetText(hours.utcOffsetMinutes)}`;
  const start = `${e.start.date} ${e.start.time} (${w.weekdays[e.start.weekday]})`;

  return [
    w.limit(w.units(e.rule.amount, e.rule.unit), start, zone),
    countingLine(w, e.countingStarts),
    ...e.days.map((d) => dayLine(w, d, lang)),
    ...(e.endMoved === null ? [] : [movedLine(w, e.endMoved)]),
    w.due(`${e.due.date} ${e.due.time} (${w.weekdays[e.due.weekday]})`, e.due.instant),
    ...(e.provisionalYears.length === 0 ? [] : [w.provisional(e.provisionalYears.join(', '))]),
  ];
}

function countingLine(w: Words, c: DeadlineExplanation['countingStarts']): string {
  const day = `${c.date} (${w.weekdays[c.weekday]})`;
  const moment = c.time === null ? day : `${c.date} ${c.time} (${w.weekdays[c.weekday]})`;

  if (c.why === 'day-after-start') return w.dayAfterStart(day);
  if (c.why === 'at-start') return w.atStart(moment);

  return w.nextOpening(moment);
}

function dayLine(w: Words, d: SpanDay, lang: Lang): string {
  const day = `${d.date} (${w.weekdays[d.weekday]})`;
  const entry = d.entry;
  const reason = w.reasons[d.reason];
  const why =
    entry === undefined
      ? reason
      : `${reason} — ${entry.name[lang]} (${citeSource(entry.source, lang)})`;

  return d.effect === 'skipped' ? w.skipped(day, why) : w.counted(day, why);
}

function movedLine(w: Words, moved: NonNullable<DeadlineExplanation['endMoved']>): string {
  return w.moved(`${moved.from} (${w.weekdays[moved.fromWeekday]})`, moved.to);
}
