import type { ServiceVersion } from '../../../domain/regulation/types.js';
import type { Limit } from '../../../domain/shared/time.js';
import { lowerFirst, pick, upperFirst, type DocLang, type DocText } from '../language.js';
import { withinText } from '../vocabulary/duration.js';
import { closeList, line, type TextLine } from './paragraphs.js';

const HEADING: DocText = {
  kk:
    '2. Мемлекеттік қызмет көрсету процесінде көрсетілетін қызметті берушінің құрылымдық ' +
    'бөлімшелерінің (қызметкерлерінің) іс-қимылдар тәртібін сипаттау',
  ru:
    '2. Описание порядка действий структурных подразделений (работников) услугодателя в ' +
    'процессе оказания государственной услуги',
};

const SECTION5_LEAD: DocText = {
  kk:
    '5. Мемлекеттік қызмет көрсету процесінің құрамына кіретін әр рәсімнің (іс-қимылдың) ' +
    'мазмұны, оның орындалу ұзақтығы:',
  ru:
    '5. Содержание каждой процедуры (действия), входящей в состав процесса оказания ' +
    'государственной услуги, длительность его выполнения:',
};

function basis(version: ServiceVersion, lang: DocLang): string {
  if (lang === 'kk') {
    return (
      '4. Мемлекеттік қызметті көрсету рәсімінің (іс-қимыл) басталуына негіз ' +
      `${version.applicationForm.kk} болып табылады.`
    );
  }

  return (
    '4. Основанием для начала процедуры (действия) по оказанию государственной услуги ' +
    `является ${lowerFirst(version.applicationForm.ru)}.`
  );
}

function item(text: string, limit: Limit, lang: DocLang): string {
  return `${text} ${withinText(limit, lang)}`;
}

/**
 * The items of §5: each step's own wording with its limit, "1) … (30 минут ішінде);", and
 * after a step the paragraph of any branch that leaves it, as the act places the refusal.
 */
export function section5Items(version: ServiceVersion, lang: DocLang): string[] {
  const steps = [...version.steps].sort((a, b) => a.order - b.order);
  const items = steps.flatMap((step) => [
    item(`${step.order}) ${pick(step.action, lang)}`, step.limit, lang),
    ...version.branches
      .filter((b) => b.fromStep === step.code)
      .map((b) => item(upperFirst(pick(b.action, lang)), b.limit, lang)),
  ]);

  return closeList(items);
}

/** Chapter 2: the basis to start (§4) and the steps with their limits (§5). */
export function procedure(version: ServiceVersion, lang: DocLang): TextLine[] {
  return [
    line(null, pick(HEADING, lang)),
    line(4, basis(version, lang)),
    line(5, pick(SECTION5_LEAD, lang)),
    ...section5Items(version, lang).map((text) => line(5, text)),
  ];
}
