import { applicantName } from '../../domain/case/applicant-name.js';
import type { CaseState } from '../../domain/case/index.js';
import type { CaseProjection } from '../ports.js';

/** The searchable columns of a case; the events remain the record. */
export function projectionOf(state: CaseState): CaseProjection {
  const step = state.step;

  return {
    id: state.id,
    serviceCode: state.serviceCode,
    versionId: state.versionId,
    providerCode: state.providerCode,
    status: state.status,
    stepCode: step?.code ?? null,
    holderId: step?.holder.userId ?? null,
    holderRole: step?.holder.role ?? null,
    stepStartedAt: step?.startedAt ?? null,
    dueAt: step?.dueAt ?? null,
    limitAmount: step?.limit.amount ?? null,
    limitUnit: step?.limit.unit ?? null,
    termDueAt: state.receipt?.termDueAt ?? null,
    registeredAt: state.registeredAt,
    incomingNumber: state.receipt?.incomingNumber ?? null,
    applicantName: applicantName(state.applicant),
    applicantNumber: identifierOf(state.applicant),
    revision: state.revision,
  };
}

/** The number an applicant is found by: IIN, BIN, or a foreigner's document number. */
function identifierOf(applicant: CaseState['applicant']): string {
  switch (applicant.kind) {
    case 'person':
      return applicant.iin;
    case 'organisation':
      return applicant.bin;
    case 'foreign-person':
      return applicant.documentNumber;
  }
}
