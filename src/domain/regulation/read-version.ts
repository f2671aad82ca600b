import { type DefinitionProblem, Reader } from '../shared/reader.js';
import { LIMIT_UNITS, type Limit } from '../shared/time.js';
import {
  type ActReference,
  type BranchDefinition,
  type Citation,
  type Provider,
  type RefusalGround,
  type RequiredDocument,
  type ResultDefinition,
  type ResultField,
  type ResultKind,
  ROLES,
  STEP_CODES,
  type ServiceVersion,
  type StepDefinition,
} from './types.js';
import { checkVersion } from './check-version.js';

const RESULT_KINDS: readonly ResultKind[] = [
  'premises-decision',
  'letter-of-agreement',
  'missionary-certificate',
  'reasoned-refusal',
];

/** The largest amount a regulation may state per unit; beyond it the data is surely wrong. */
const LIMIT_MAX = { 'working-minutes': 10_000, 'working-days': 365, 'calendar-days': 3_650 };

/**
 * Reads one service version from untyped JSON (a stored definition, or one an administrator
 * sends) and checks it whole. Returns the version, or every problem found.
 *
 * @example
 *   const read = readServiceVersion(JSON.parse(row.definition));
 *   if ('problems' in read) throw new Error(read.problems.map((p) => p.path).join());
 */
export function readServiceVersion(
  json: unknown,
): ServiceVersion | { problems: readonly DefinitionProblem[] } {
  const r = new Reader();
  const version = readVersion(r, r.object(json, ''));

  if (r.problems.length > 0) return { problems: r.problems };

  const problems = checkVersion(version);

  return problems.length > 0 ? { problems } : version;
}

function readVersion(r: Reader, o: Record<string, unknown>): ServiceVersion {
  return {
    id: r.string(o.id, 'id'),
    serviceCode: r.string(o.serviceCode, 'serviceCode'),
    label: r.localized(o.label, 'label'),
    validFrom: r.isoDate(o.validFrom, 'validFrom'),
    validTo: o.validTo === null ? null : r.isoDate(o.validTo, 'validTo'),
    validitySource: r.source(o.validitySource, 'validitySource'),
    endedBy: o.endedBy == null ? null : readActReference(r, o.endedBy, 'endedBy'),
    basis: r.array(o.basis, 'basis').map((b, i) => readActReference(r, b, `basis[${i}]`)),
    wordingSource: r.source(o.wordingSource, 'wordingSource'),
    title: r.localized(o.title, 'title'),
    provider: readProvider(r, o.provider),
    deliveryForm: r.localized(o.deliveryForm, 'deliveryForm'),
    applicationForm: r.localized(o.applicationForm, 'applicationForm'),
    steps: r.array(o.steps, 'steps').map((s, i) => readStep(r, s, `steps[${i}]`)),
    branches: r.array(o.branches, 'branches').map((b, i) => readBranch(r, b, `branches[${i}]`)),
    results: r.array(o.results, 'results').map((x, i) => readResult(r, x, `results[${i}]`)),
    documents: r.array(o.documents, 'documents').map((d, i) => readDoc(r, d, `documents[${i}]`)),
    refusalGrounds: r
      .array(o.refusalGrounds, 'refusalGrounds')
      .map((g, i) => readGround(r, g, `refusalGrounds[${i}]`)),
    changes: r.array(o.changes, 'changes').map((c, i) => readCitation(r, c, `changes[${i}]`)),
  };
}

export function readActReference(r: Reader, value: unknown, path: string): ActReference {
  const o = r.object(value, path);

  return {
    issuer: r.localized(o.issuer, `${path}.issuer`),
    kind: r.localized(o.kind, `${path}.kind`),
    number: r.string(o.number, `${path}.number`),
    date: r.isoDate(o.date, `${path}.date`),
  };
}

function readProvider(r: Reader, value: unknown): Provider {
  const o = r.object(value, 'provider');

  return {
    code: r.string(o.code, 'provider.code'),
    name: r.localized(o.name, 'provider.name'),
    registryPrefix: r.string(o.registryPrefix, 'provider.registryPrefix'),
  };
}

export function readCitation(r: Reader, value: unknown, path: string): Citation {
  const o = r.object(value, path);
  const item = o.item === undefined ? undefined : r.integer(o.item, `${path}.item`, 1, 99);
  const part = o.part === undefined ? undefined : r.integer(o.part, `${path}.part`, 1, 99);

  return {
    appendix: r.integer(o.appendix, `${path}.appendix`, 0, 99),
    paragraph: r.integer(o.paragraph, `${path}.paragraph`, 1, 999),
    ...(item === undefined ? {} : { item }),
    ...(part === undefined ? {} : { part }),
  };
}

function readLimit(r: Reader, value: unknown, path: string): Limit {
  const o = r.object(value, path);
  const unit = r.oneOf(o.unit, `${path}.unit`, LIMIT_UNITS);

  return { unit, amount: r.integer(o.amount, `${path}.amount`, 1, LIMIT_MAX[unit]) };
}

function readStep(r: Reader, value: unknown, path: string): StepDefinition {
  const o = r.object(value, path);

  return {
    code: r.oneOf(o.code, `${path}.code`, STEP_CODES),
    order: r.integer(o.order, `${path}.order`, 1, 99),
    role: r.oneOf(o.role, `${path}.role`, ROLES),
    summary: r.localized(o.summary, `${path}.summary`),
    action: r.localized(o.action, `${path}.action`),
    handsTo: r.oneOf(o.handsTo, `${path}.handsTo`, [...ROLES, 'recipient'] as const),
    limit: readLimit(r, o.limit, `${path}.limit`),
    cites: readCitation(r, o.cites, `${path}.cites`),
  };
}

function readBranch(r: Reader, value: unknown, path: string): BranchDefinition {
  const o = r.object(value, path);

  return {
    code: r.oneOf(o.code, `${path}.code`, ['intake-refusal'] as const),
    fromStep: r.oneOf(o.fromStep, `${path}.fromStep`, STEP_CODES),
    role: r.oneOf(o.role, `${path}.role`, ROLES),
    summary: r.localized(o.summary, `${path}.summary`),
    action: r.localized(o.action, `${path}.action`),
    limit: readLimit(r, o.limit, `${path}.limit`),
    cites: readCitation(r, o.cites, `${path}.cites`),
  };
}

function readResult(r: Reader, value: unknown, path: string): ResultDefinition {
  const o = r.object(value, path);
  const pairs = r.array(o.dateOrder, `${path}.dateOrder`).map((p, i) => {
    const pair = r.array(p, `${path}.dateOrder[${i}]`);

    return [
      r.string(pair[0], `${path}.dateOrder[${i}][0]`),
      r.string(pair[1], `${path}.dateOrder[${i}][1]`),
    ] as const;
  });

  return {
    kind: r.oneOf(o.kind, `${path}.kind`, RESULT_KINDS),
    title: r.localized(o.title, `${path}.title`),
    cites: readCitation(r, o.cites, `${path}.cites`),
    fields: r
      .array(o.fields, `${path}.fields`)
      .map((f, i) => readField(r, f, `${path}.fields[${i}]`)),
    dateOrder: pairs,
  };
}

function readField(r: Reader, value: unknown, path: string): ResultField {
  const o = r.object(value, path);

  return {
    code: r.string(o.code, `${path}.code`),
    label: r.localized(o.label, `${path}.label`),
    type: r.oneOf(o.type, `${path}.type`, ['text', 'date', 'number', 'iin'] as const),
    required: r.boolean(o.required, `${path}.required`),
  };
}

function readDoc(r: Reader, value: unknown, path: string): RequiredDocument {
  const o = r.object(value, path);

  return {
    code: r.string(o.code, `${path}.code`),
    title: r.localized(o.title, `${path}.title`),
    required: r.boolean(o.required, `${path}.required`),
    source: r.source(o.source, `${path}.source`),
  };
}

function readGround(r: Reader, value: unknown, path: string): RefusalGround {
  const o = r.object(value, path);

  return {
    code: r.string(o.code, `${path}.code`),
    title: r.localized(o.title, `${path}.title`),
    source: r.source(o.source, `${path}.source`),
  };
}
