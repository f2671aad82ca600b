import type { ActReference } from '../../../domain/regulation/types.js';
import type { IsoDate } from '../../../domain/shared/time.js';
import { quoted, type DocLang } from '../language.js';
import { genitive, possessiveDative, possessiveInstrumental } from './kk-grammar.js';
import { dative, genitiveOfAct, instrumental, issuerGenitive } from './ru-grammar.js';

/** "2015 жылғы 22 мамырдағы": the month in the locative with the adjective suffix. */
const KK_MONTH = [
  'қаңтардағы',
  'ақпандағы',
  'наурыздағы',
  'сәуірдегі',
  'мамырдағы',
  'маусымдағы',
  'шілдедегі',
  'тамыздағы',
  'қыркүйектегі',
  'қазандағы',
  'қарашадағы',
  'желтоқсандағы',
];

const RU_MONTH = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

function dateParts(date: IsoDate): { year: string; month: number; day: number } {
  const [year = '', month = '1', day = '1'] = date.split('-');

  return { year, month: Number(month) - 1, day: Number(day) };
}

/** The date of an act as the approval lines write it: `2015 жылғы "22" мамырдағы`. */
function actDate(date: IsoDate, lang: DocLang): string {
  const { year, month, day } = dateParts(date);

  if (lang === 'kk') return `${year} жылғы "${day}" ${KK_MONTH[month] ?? ''}`;

  return `${day} ${RU_MONTH[month] ?? ''} ${year} года`;
}

/** "Атырау облысы әкімдігінің 2015 жылғы "22" мамырдағы № 155 қаулысына 1-қосымша". */
export function actAppendixLine(act: ActReference, appendix: number, lang: DocLang): string {
  const date = actDate(act.date, lang);

  if (lang === 'kk') {
    const kind = possessiveDative(act.kind.kk);

    return `${genitive(act.issuer.kk)} ${date} № ${act.number} ${kind} ${appendix}-қосымша`;
  }

  const issuer = issuerGenitive(act.issuer.ru);

  return `Приложение ${appendix} к ${dative(act.kind.ru)} ${issuer} от ${date} № ${act.number}`;
}

/** "Атырау облысы әкімдігінің 2015 жылғы "22" мамырдағы № 155 қаулысымен бекітілген". */
export function actApprovalLine(act: ActReference, lang: DocLang): string {
  const date = actDate(act.date, lang);

  if (lang === 'kk') {
    const kind = possessiveInstrumental(act.kind.kk);

    return `${genitive(act.issuer.kk)} ${date} № ${act.number} ${kind} бекітілген`;
  }

  const issuer = issuerGenitive(act.issuer.ru);

  return `Утвержден ${instrumental(act.kind.ru)} ${issuer} от ${date} № ${act.number}`;
}

/** The title line of a regulation: `"…" мемлекеттік көрсетілетін қызмет регламенті`. */
export function regulationTitleLine(title: string, lang: DocLang): string {
  if (lang === 'kk') return `${quoted(title)} мемлекеттік көрсетілетін қызмет регламенті`;

  return `Регламент государственной услуги ${quoted(title)}`;
}

/** The first header line of the regulation's own appendix 1 or 2. */
export function regulationAppendixLine(title: string, appendix: number, lang: DocLang): string {
  if (lang === 'kk') {
    return `${quoted(title)} мемлекеттік көрсетілетін қызметтің регламентіне ${appendix}-қосымша`;
  }

  return `Приложение ${appendix} к регламенту государственной услуги ${quoted(title)}`;
}

/** The title of appendix 1, in the words of §7 of each regulation. */
export function appendix1Title(lang: DocLang): string {
  if (lang === 'kk') {
    return (
      'Әрбір рәсімнің (іс-қимылдың) ұзақтығын көрсете отырып, құрылымдық бөлімшелер ' +
      '(қызметкерлер) арасындағы рәсімдердің (іс-қимылдардың) реттілігінің сипаттамасы'
    );
  }

  return (
    'Описание последовательности процедур (действий) между структурными подразделениями ' +
    '(работниками) с указанием длительности каждой процедуры (действия)'
  );
}

/** The title of appendix 2, the reference book of business processes. */
export function appendix2Title(title: string, lang: DocLang): string {
  if (lang === 'kk') {
    return `${quoted(title)} мемлекеттік қызмет көрсетудің бизнес-процестерінің анықтамалығы`;
  }

  return `Справочник бизнес-процессов оказания государственной услуги ${quoted(title)}`;
}

/** The register's note under a paragraph given a new wording by an amending act. */
export function amendmentNote(paragraph: number, act: ActReference, lang: DocLang): string {
  const [year, month, day] = act.date.split('-');
  const dotted = `${day}.${month}.${year}`;

  if (lang === 'kk') {
    const by = `${genitive(act.issuer.kk)} ${dotted} № ${act.number}`;
    const kind = possessiveInstrumental(act.kind.kk);

    return `Ескерту. ${paragraph}-тармақ жаңа редакцияда - ${by} ${kind}.`;
  }

  const by = `${genitiveOfAct(act.kind.ru)} ${issuerGenitive(act.issuer.ru)} от ${dotted}`;

  return `Сноска. Пункт ${paragraph} в редакции ${by} № ${act.number}.`;
}
