import { type DefinitionProblem, Reader } from '../shared/reader.js';
import { inForceFrom } from './act-life.js';
import { readActReference, readServiceVersion } from './read-version.js';
import type { Act, ActEvent, Service, ServiceVersion, VersionSpan } from './types.js';
import { addDays } from '../shared/reader.js';

/** A problem located in a catalogue: which service (if any), which field, what is wrong. */
export interface CatalogueProblem extends DefinitionProblem {
  readonly service: string;
  /** The version's code when the problem lies in one version's definition. */
  readonly version?: string;
}

export interface Catalogue {
  readonly act: Act;
  readonly services: readonly Service[];
}

const EVENTS = ['adopted', 'amended', 'repealed'] as const;

/**
 * Reads the catalogue of an act as the seed file writes it: the act's life, one procedure
 * shared by its regulations, and each service's own results and lists. Every version is then
 * checked as the engine will use it, so a broken definition never reaches a case.
 *
 * @example
 *   const read = readCatalogue(JSON.parse(text));
 *   if ('problems' in read) for (const p of read.problems) log(p.service, p.path, p.problem);
 */
export function readCatalogue(json: unknown): Catalogue | { problems: CatalogueProblem[] } {
  const r = new Reader();
  const doc = r.object(json, '');
  const act = { ...readAct(r, doc.act), spans: readSpans(r, doc.versions) };

  if (r.problems.length > 0) return { problems: r.problems.map((p) => ({ service: '-', ...p })) };

  const problems: CatalogueProblem[] = [];
  const services = r.array(doc.services, 'services').map((s, i) => {
    const read = buildService(doc, act, s, i);

    problems.push(...read.problems);

    return read.service;
  });

  return problems.length > 0 ? { problems } : { act, services };
}

function readAct(r: Reader, value: unknown): Act {
  const o = r.object(value, 'act');

  return {
    code: r.string(o.code, 'act.code'),
    reference: readActReference(r, o.reference, 'act.reference'),
    citation: r.localized(o.citation, 'act.citation'),
    registrationNumber: r.string(r.object(o.registration, 'act.registration').number, 'number'),
    legalBasis: r.array(o.legalBasis, 'act.legalBasis').map((b, i) => r.localized(b, `[${i}]`)),
    life: r.array(o.life, 'act.life').map((e, i) => readActEvent(r, e, `act.life[${i}]`)),
    spans: [],
  };
}

function readSpans(r: Reader, value: unknown): VersionSpan[] {
  return r.array(value, 'versions').map((v, i) => {
    const o = r.object(v, `versions[${i}]`);

    return {
      code: r.string(o.code, `versions[${i}].code`),
      from: r.oneOf(o.from, `versions[${i}].from`, EVENTS),
      to: o.to === undefined || o.to === null ? null : r.oneOf(o.to, `versions[${i}].to`, EVENTS),
    };
  });
}

function readActEvent(r: Reader, value: unknown, path: string): ActEvent {
  const o = r.object(value, path);
  const condition = o.condition === undefined ? undefined : r.localized(o.condition, path);

  return {
    event: r.oneOf(o.event, `${path}.event`, EVENTS),
    act: readActReference(r, o.act, `${path}.act`),
    publishedOn: r.isoDate(o.publishedOn, `${path}.publishedOn`),
    publicationSource: r.source(o.publicationSource, `${path}.publicationSource`),
    inForceAfterDays: r.integer(o.inForceAfterDays, `${path}.inForceAfterDays`, 0, 365),
    ...(condition === undefined ? {} : { condition }),
  };
}

function buildService(
  doc: Record<string, unknown>,
  act: Act,
  json: unknown,
  index: number,
): { service: Service; problems: CatalogueProblem[] } {
  const r = new Reader();
  const s = r.object(json, `services[${index}]`);
  const code = r.string(s.code, 'code');
  const versions: ServiceVersion[] = [];
  const problems: CatalogueProblem[] = [];

  for (const v of r.array(doc.versions, 'versions')) {
    const span = r.object(v, 'versions');
    const read = readServiceVersion(composeVersion(doc, act, s, span));
    const version = String(span.code);

    if ('problems' in read)
      problems.push(...read.problems.map((p) => ({ service: code, version, ...p })));
    else versions.push(read);
  }

  problems.push(...r.problems.map((p) => ({ service: code || `#${index}`, ...p })));

  const service: Service = {
    code,
    appendix: typeof s.appendix === 'number' ? s.appendix : 0,
    title: r.localized(s.title, 'title'),
    versions,
  };

  return { service, problems };
}

/** Expands the seed's shared parts into one self-contained version definition. */
function composeVersion(
  doc: Record<string, unknown>,
  act: Act,
  s: Record<string, unknown>,
  v: Record<string, unknown>,
): unknown {
  const from = act.life.find((e) => e.event === v.from);
  const to = act.life.find((e) => e.event === v.to);
  const procedure = (doc.procedure ?? {}) as Record<string, unknown[]>;
  const appendix = s.appendix;
  const withAppendix = (x: unknown): unknown => {
    const o = x as Record<string, unknown>;

    return { ...o, cites: { appendix, ...(o.cites as object) } };
  };

  return {
    id: `${String(s.code)}@${String(v.code)}`,
    serviceCode: s.code,
    label: v.label,
    validFrom: from === undefined ? undefined : inForceFrom(from),
    validTo: to === undefined ? null : addDays(inForceFrom(to), -1),
    validitySource: from?.publicationSource,
    endedBy: to?.act ?? null,
    basis: v.basis,
    wordingSource: v.wordingSource,
    title: s.title,
    provider: doc.provider,
    deliveryForm: doc.deliveryForm,
    applicationForm: s.applicationForm,
    steps: (procedure.steps ?? []).map(withAppendix),
    branches: (procedure.branches ?? []).map(withAppendix),
    results: s.results,
    documents: s.documents,
    refusalGrounds: s.refusalGrounds,
    changes: v.changesFromService === true ? [s.amendedParagraph] : [],
  };
}
