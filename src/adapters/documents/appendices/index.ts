import type { ServiceVersion } from '../../../domain/regulation/types.js';
import { ReglamentError } from '../../../domain/shared/errors.js';
import { appendix1Svg } from '../appendix1/appendix1-svg.js';
import { appendix1Table } from '../appendix1/appendix1-table.js';
import { appendix2Svg } from '../appendix2/appendix2-svg.js';
import { exportBpmn } from '../bpmn/export-bpmn.js';
import type { DocLang } from '../language.js';
import { renderPng } from '../png/render-png.js';
import { regulationText } from '../regulation-text/regulation-text.js';
import { stampSvg, stampText, stampXml } from './stamp.js';

export type ArtefactKind = 'appendix1' | 'appendix2' | 'bpmn' | 'text';

export type ArtefactFormat = 'svg' | 'png' | 'table' | 'xml' | 'txt';

export const ARTEFACT_KINDS: readonly ArtefactKind[] = ['appendix1', 'appendix2', 'bpmn', 'text'];

/** The formats each artefact comes in; the first is the default. */
export const ARTEFACT_FORMATS: Readonly<Record<ArtefactKind, readonly ArtefactFormat[]>> = {
  appendix1: ['svg', 'png', 'table'],
  appendix2: ['svg', 'png'],
  bpmn: ['xml'],
  text: ['txt'],
};

export const CONTENT_TYPES: Readonly<Record<ArtefactFormat, string>> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  table: 'text/markdown; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

export interface ArtefactOptions {
  readonly lang: DocLang;
  readonly format: ArtefactFormat;
  /** A mark every page carries, such as the training office's "ОҚУ РЕЖИМІ · 04.03.2019". */
  readonly stamp?: string;
}

export interface Artefact {
  readonly contentType: string;
  readonly body: string | Uint8Array;
}

export function defaultFormat(as: ArtefactKind): ArtefactFormat {
  return ARTEFACT_FORMATS[as][0] ?? 'svg';
}

function diagram(svg: string, opts: ArtefactOptions): string | Uint8Array {
  const stamped = opts.stamp === undefined ? svg : stampSvg(svg, opts.stamp);

  return opts.format === 'png' ? renderPng(stamped) : stamped;
}

function text(value: string, opts: ArtefactOptions): string {
  return opts.stamp === undefined ? value : stampText(value, opts.stamp);
}

async function body(version: ServiceVersion, as: ArtefactKind, opts: ArtefactOptions) {
  switch (as) {
    case 'appendix1':
      return opts.format === 'table'
        ? text(appendix1Table(version, opts.lang), opts)
        : diagram(appendix1Svg(version, opts.lang), opts);
    case 'appendix2':
      return diagram(appendix2Svg(version, opts.lang), opts);
    case 'bpmn': {
      const xml = await exportBpmn(version, opts.lang);

      return opts.stamp === undefined ? xml : stampXml(xml, opts.stamp);
    }
    case 'text':
      return text(regulationText(version, opts.lang), opts);
  }
}

/**
 * One document of a regulation version, generated from its definition: appendix 1 (SVG, PNG
 * or a text table), appendix 2 (SVG or PNG), the BPMN 2.0 export, or chapters 1–3 as text.
 * A format the artefact does not come in is a `VALIDATION_FAILED` error.
 *
 * @example
 *   const { contentType, body } = await renderArtefact(version, 'appendix2', {
 *     lang: 'kk',
 *     format: 'png',
 *   });
 */
export async function renderArtefact(
  version: ServiceVersion,
  as: ArtefactKind,
  opts: ArtefactOptions,
): Promise<Artefact> {
  if (!ARTEFACT_FORMATS[as].includes(opts.format)) {
    throw new ReglamentError('VALIDATION_FAILED', {
      field: 'format',
      as,
      format: opts.format,
      allowed: ARTEFACT_FORMATS[as],
    });
  }

  return { contentType: CONTENT_TYPES[opts.format], body: await body(version, as, opts) };
}
