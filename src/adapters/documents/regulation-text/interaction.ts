import type { Role, ServiceVersion } from '../../../domain/regulation/types.js';
import { pick, quoted, type DocLang, type DocText } from '../language.js';
import { unitName } from '../vocabulary/units.js';
import { closeList, line, type TextLine } from './paragraphs.js';

const HEADING: DocText = {
  kk:
    '3. Мемлекеттік қызмет көрсету процесінде көрсетілетін қызмет берушінің құрылымдық ' +
    'бөлімшелерінің (қызметкерлерінің) өзара іс-қимыл тәртібін сипаттау',
  ru:
    '3. Описание порядка взаимодействия структурных подразделений (работников) услугодателя ' +
    'в процессе оказания государственной услуги',
};

const UNITS_LEAD: DocText = {
  kk:
    '6. Мемлекеттік қызметтің көрсетілу процесіне қатысатын көрсетілетін қызметті берушінің ' +
    'құрылымдық бөлімшелерінің (жұмысшыларының) тізбесі:',
  ru:
    '6. Перечень структурных подразделений (работников) услугодателя, которые участвуют в ' +
    'процессе оказания государственной услуги:',
};

const SEQUENCE: DocText = {
  kk:
    '7. Әрбір рәсімнің (іс-қимылдың) ұзақтығын көрсете отырып, құрылымдық бөлімшелер ' +
    '(қызметкерлер) арасындағы рәсімдердің (іс-қимылдардың) реттілігінің сипаттамасы осы ' +
    'регламенттің 1-қосымшасында келтірілген.',
  ru:
    '7. Описание последовательности процедур (действий) между структурными подразделениями ' +
    '(работниками) с указанием длительности каждой процедуры (действия) приведено в ' +
    'приложении 1 к настоящему регламенту.',
};

function businessProcesses(title: string, lang: DocLang): string {
  if (lang === 'kk') {
    return (
      `8. ${quoted(title)} мемлекеттік көрсетілетін қызметтің бизнес-процестерінің ` +
      'анықтамалығы осы регламенттің 2-қосымшасында келтірілген.'
    );
  }

  return (
    `8. Справочник бизнес-процессов оказания государственной услуги ${quoted(title)} ` +
    'приведен в приложении 2 к настоящему регламенту.'
  );
}

/** The units in the order the steps first call on them, as §6 lists them. */
function unitsInOrder(version: ServiceVersion): Role[] {
  const steps = [...version.steps].sort((a, b) => a.order - b.order);

  return [...new Set(steps.map((s) => s.role))];
}

/** Chapter 3: the units taking part (§6) and the pointers to appendices 1 and 2 (§7, §8). */
export function interaction(version: ServiceVersion, lang: DocLang): TextLine[] {
  const units = closeList(
    unitsInOrder(version).map((role, i) => `${i + 1}) ${unitName(role, lang)}`),
  );

  return [
    line(null, pick(HEADING, lang)),
    line(6, pick(UNITS_LEAD, lang)),
    ...units.map((text) => line(6, text)),
    line(7, pick(SEQUENCE, lang)),
    line(8, businessProcesses(pick(version.title, lang), lang)),
  ];
}
