import { chainHash } from '../../application/audit/hash-chain.js';
import type { CaseProjection, CaseSummary } from '../../application/ports.js';
import { projectionOf } from '../../application/cases/projection.js';
import type { CaseEvent, CaseState } from '../../domain/case/index.js';
import type { Limit } from '../../domain/shared/time.js';
import type { Database } from './schema.js';

type CaseRow = Database['cases'];
type EventRow = Database['case_events'];

export function caseRow(state: CaseState, lastHash: string, now: number): CaseRow {
  const p = projectionOf(state);

  return {
    id: p.id,
    service_code: p.serviceCode,
    version_id: p.versionId,
    provider_code: p.providerCode,
    status: p.status,
    step_code: p.stepCode,
    holder_id: p.holderId,
    holder_role: p.holderRole,
    step_started_at: p.stepStartedAt,
    due_at: p.dueAt,
    limit_amount: p.limitAmount,
    limit_unit: p.limitUnit,
    term_due_at: p.termDueAt,
    registered_at: p.registeredAt,
    incoming_number: p.incomingNumber,
    applicant_name: p.applicantName,
    applicant_number: p.applicantNumber,
    search_text: searchText(p.incomingNumber, p.applicantName),
    revision: p.revision,
    last_hash: lastHash,
    updated_at: now,
  };
}

export function projectionOfRow(r: CaseRow): CaseProjection {
  return {
    id: r.id,
    serviceCode: r.service_code,
    versionId: r.version_id,
    providerCode: r.provider_code,
    status: r.status,
    stepCode: r.step_code,
    holderId: r.holder_id,
    holderRole: r.holder_role,
    stepStartedAt: r.step_started_at,
    dueAt: r.due_at,
    limitAmount: r.limit_amount,
    limitUnit: r.limit_unit,
    termDueAt: r.term_due_at,
    registeredAt: r.registered_at,
    incomingNumber: r.incoming_number,
    applicantName: r.applicant_name,
    applicantNumber: r.applicant_number,
    revision: r.revision,
  };
}

export function summaryOfRow(r: CaseRow): CaseSummary {
  return {
    id: r.id,
    serviceCode: r.service_code,
    providerCode: r.provider_code,
    status: r.status,
    stepCode: r.step_code,
    holderId: r.holder_id,
    stepStartedAt: r.step_started_at,
    dueAt: r.due_at,
    limit:
      r.limit_amount === null || r.limit_unit === null
        ? null
        : { amount: r.limit_amount, unit: r.limit_unit as Limit['unit'] },
    termDueAt: r.term_due_at,
    registeredAt: r.registered_at,
    incomingNumber: r.incoming_number,
    applicantName: r.applicant_name,
    revision: r.revision,
  };
}

/** The rows of new events, each chained to the one before; returns them and the last hash. */
export function eventRows(
  caseId: string,
  lastSeq: number,
  lastHash: string,
  events: readonly CaseEvent[],
  now: number,
): { rows: EventRow[]; lastHash: string } {
  let prevHash = lastHash;
  const rows = events.map((event, i): EventRow => {
    const seq = lastSeq + i + 1;
    const text = JSON.stringify(event);
    const hash = chainHash(prevHash, caseId, seq, text);
    const row = {
      case_id: caseId,
      seq,
      type: event.type,
      at: event.at,
      actor_id: event.actor.userId,
      actor_role: event.actor.role,
      event: text,
      prev_hash: prevHash,
      hash,
      recorded_at: now,
    };

    prevHash = hash;

    return row;
  });

  return { rows, lastHash: prevHash };
}

/**
 * What a search matches, lowercased here rather than in SQL: SQLite's `lower()` folds ASCII
 * only, and applicants' names and incoming numbers are Cyrillic.
 */
export function searchText(incomingNumber: string | null, applicantName: string): string {
  return `${incomingNumber ?? ''} ${applicantName}`.toLowerCase();
}

/** A user's search text in the same form as `searchText`, its wildcards escaped with `\`. */
export function searchPattern(text: string): string {
  return `%${text
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}
