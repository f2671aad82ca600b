import type { ResultDefinition, ServiceVersion } from '../../../domain/regulation/types.js';
import { lowerFirst, pick, quoted, type DocLang } from '../language.js';
import { line, type TextLine } from './paragraphs.js';

/** The refusal is a result "in the cases and on the grounds of §10 of the Standard". */
function refusalClause(refusal: ResultDefinition, lang: DocLang): string {
  const title = lowerFirst(pick(refusal.title, lang));

  if (lang === 'kk') {
    return ` не Стандарттың 10-тармағымен көзделген жағдайда және негіздер бойынша ${title}`;
  }

  return ` либо ${title} в случаях и по основаниям, предусмотренным пунктом 10 Стандарта`;
}

function resultsText(results: readonly ResultDefinition[], lang: DocLang): string {
  const refusal = results.find((r) => r.kind === 'reasoned-refusal');
  const granted = results
    .filter((r) => r.kind !== 'reasoned-refusal')
    .map((r) => lowerFirst(pick(r.title, lang)))
    .join(lang === 'kk' ? ' не ' : ' либо ');

  return refusal === undefined ? granted : granted + refusalClause(refusal, lang);
}

function kazakh(version: ServiceVersion): TextLine[] {
  const form = version.deliveryForm.kk;
  const results = resultsText(version.results, 'kk');

  return [
    line(null, '1. Жалпы ережелер'),
    line(
      1,
      `1. ${quoted(version.title.kk)} мемлекеттік көрсетілетін қызметті (бұдан әрі – ` +
        'мемлекеттік көрсетілетін қызмет) облыстық жергілікті атқарушы органы – ' +
        `${version.provider.name.kk} (бұдан әрі – көрсетілетін қызметті беруші) көрсетеді.`,
    ),
    line(2, `2. Мемлекеттік көрсетілетін қызметті көрсету нысаны – ${form}.`),
    line(3, `3. Мемлекеттік көрсетілетін қызметті көрсету нәтижесі – ${results}.`),
    line(3, `Мемлекеттік көрсетілетін қызмет нәтижесін ұсыну нысаны – ${form}.`),
  ];
}

function russian(version: ServiceVersion): TextLine[] {
  const form = version.deliveryForm.ru;

  return [
    line(null, '1. Общие положения'),
    line(
      1,
      `1. Государственную услугу ${quoted(version.title.ru)} (далее – государственная услуга) ` +
        'оказывает местный исполнительный орган области – ' +
        `${version.provider.name.ru} (далее – услугодатель).`,
    ),
    line(2, `2. Форма оказания государственной услуги – ${form}.`),
    line(
      3,
      `3. Результат оказания государственной услуги – ${resultsText(version.results, 'ru')}.`,
    ),
    line(3, `Форма предоставления результата оказания государственной услуги – ${form}.`),
  ];
}

/**
 * Chapter 1 of a regulation: who provides the service, in what form, with what result. The
 * act's sentences are templates here, filled from the definition (title, provider, results).
 */
export function generalProvisions(version: ServiceVersion, lang: DocLang): TextLine[] {
  return lang === 'kk' ? kazakh(version) : russian(version);
}
