import type { CaseView } from '../../api/types';

/** Where the draft result stands in the procedure, as the draft panel names it. */
export type DraftStage = 'in-progress' | 'returned' | 'submitted' | 'signed' | 'handed-over';

/**
 * Read from the case's step and outcome rather than from `draftSubmitted` alone, which stays
 * true after signing and handover and would keep saying "sent for signature".
 */
export function draftStage(view: CaseView): DraftStage {
  if (view.outcome?.kind === 'issued') return 'handed-over';
  if (view.status === 'issuance') return 'signed';
  if (view.status === 'signing' || view.draftSubmitted) return 'submitted';

  return view.returns > 0 ? 'returned' : 'in-progress';
}
