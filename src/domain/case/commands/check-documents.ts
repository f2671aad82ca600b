import type { ServiceVersion } from '../../regulation/types.js';
import { reject, type Rejection } from '../../shared/errors.js';
import type { DocumentsChecked } from '../events.js';
import type { CaseState } from '../types.js';
import type { CheckDocuments, DecisionContext } from './types.js';

/** Every code must name a document of the service's §9 list. */
export function checkDocumentCodes(
  version: ServiceVersion,
  codes: readonly string[],
): Rejection | null {
  const unknown = codes.find((c) => !version.documents.some((d) => d.code === c));

  return unknown === undefined ? null : reject('DOCUMENT_UNKNOWN', { document: unknown });
}

/** The required documents of the list that are not among those presented. */
export function missingDocuments(version: ServiceVersion, presented: readonly string[]): string[] {
  return version.documents
    .filter((d) => d.required && !presented.includes(d.code))
    .map((d) => d.code);
}

/** The clerk records which documents were presented on paper, replacing the earlier record. */
export function checkDocuments(
  _state: CaseState,
  command: CheckDocuments,
  ctx: DecisionContext,
): DocumentsChecked | Rejection {
  const unknown = checkDocumentCodes(ctx.version, command.presented);

  if (unknown !== null) return unknown;

  const presented = [...new Set(command.presented)];

  return {
    type: 'DocumentsChecked',
    at: ctx.now,
    actor: ctx.actor,
    closes: null,
    opens: null,
    data: { presented, missing: missingDocuments(ctx.version, presented) },
  };
}
