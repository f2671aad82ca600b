import type { StepCode } from '../../../domain/regulation/types.js';
import type { DocText } from '../language.js';

/**
 * Fixed wording of the appendices that the definition does not hold: table headers, the
 * gateway questions, event names and the legend. Kazakh follows the act's vocabulary (§5–§8);
 * the Russian is the project's translation.
 */

/** What each step passes on (§5: documents, the draft, the signed result, the result). */
export const HANDOVER: Readonly<Record<StepCode, DocText>> = {
  intake: { kk: 'құжаттар', ru: 'документы' },
  routing: { kk: 'құжаттар', ru: 'документы' },
  execution: { kk: 'нәтиженің жобасы', ru: 'проект результата' },
  signing: { kk: 'қол қойылған нәтиже', ru: 'подписанный результат' },
  issuance: {
    kk: 'мемлекеттік көрсетілетін қызмет нәтижесі',
    ru: 'результат оказания государственной услуги',
  },
};

export const REFUSAL_HANDOVER: DocText = {
  kk: 'бас тарту туралы жазбаша дәлелді жауап',
  ru: 'письменный мотивированный отказ',
};

export const TABLE_HEADER = {
  number: { kk: '№', ru: '№' },
  action: { kk: 'Рәсімнің (іс-қимылдың) мазмұны', ru: 'Содержание процедуры (действия)' },
  duration: { kk: 'Орындалу ұзақтығы', ru: 'Длительность выполнения' },
  handsTo: { kk: 'Не және кімге беріледі', ru: 'Что и кому передается' },
} as const satisfies Record<string, DocText>;

export const WORDS = {
  start: { kk: 'Өтініш беру', ru: 'Подача заявления' },
  endIssued: { kk: 'Нәтиже берілді', ru: 'Результат выдан' },
  endRefused: { kk: 'Бас тарту берілді', ru: 'Отказ выдан' },
  intakeQuestion: { kk: 'Құжаттар толық па?', ru: 'Документы полные?' },
  signQuestion: { kk: 'Нәтижеге қол қойылды ма?', ru: 'Результат подписан?' },
  yes: { kk: 'иә', ru: 'да' },
  no: { kk: 'жоқ', ru: 'нет' },
  rework: { kk: 'пысықтауға қайтару', ru: 'возврат на доработку' },
  deadline: { kk: 'Мерзім', ru: 'Срок' },
} as const satisfies Record<string, DocText>;

export const LEGEND = {
  title: { kk: 'Шартты белгілер:', ru: 'Условные обозначения:' },
  event: {
    kk: 'Мемлекеттік қызмет көрсетудің басталуы немесе аяқталуы',
    ru: 'Начало или завершение оказания государственной услуги',
  },
  step: {
    kk: 'Көрсетілетін қызметті алушы рәсімінің (іс-қимылының) және (немесе) ҚФБ* атауы',
    ru: 'Наименование процедуры (действия) услугополучателя и (или) СФЕ*',
  },
  choice: { kk: 'Таңдау нұсқасы', ru: 'Вариант выбора' },
  arrow: { kk: 'Келесі рәсімге (іс-қимылға) өту', ru: 'Переход к следующей процедуре (действию)' },
} as const satisfies Record<string, DocText>;

/** The footnote of appendix 2; the Kazakh is the act's own sentence. */
export const UNIT_FOOTNOTE: DocText = {
  kk:
    '*ҚФБ - құрылымдық-функционалдық бірлік: көрсетілетін қызметті берушінің құрылымдық ' +
    'бөлімшелерінің (қызметкерлерінің), халыққа қызмет көрсету орталықтарының, "электрондық ' +
    'үкімет" веб-порталының өзара іс-қимылдары;',
  ru:
    '*СФЕ - структурно-функциональная единица: взаимодействие структурных подразделений ' +
    '(работников) услугодателя, центров обслуживания населения, веб-портала "электронного ' +
    'правительства";',
};
