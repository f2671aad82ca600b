import { reject, type Rejection } from '../../shared/errors.js';
import type { IntakeRefused } from '../events.js';
import { closeStep } from '../steps.js';
import type { CaseState } from '../types.js';
import { requireText } from '../../shared/plain-text.js';
import { checkDocumentCodes } from './check-documents.js';
import type { DecisionContext, RefuseIntake } from './types.js';

/**
 * The clerk refuses to accept incomplete documents, in writing and with reasons (§5 item 1,
 * second paragraph). The refusal must name required documents the checklist shows missing:
 * a refusal that the checklist contradicts would be unfounded.
 */
export function refuseIntake(
  state: CaseState,
  command: RefuseIntake,
  ctx: DecisionContext,
): IntakeRefused | Rejection {
  const invalid =
    requireText(command.reason, 'reason') ?? checkDocumentCodes(ctx.version, command.missing);

  if (invalid !== null) return invalid;

  const missing = [...new Set(command.missing)];
  const presentedAnyway = missing.filter((c) => state.documentsPresented.includes(c));
  const requiredMissing = missing.filter(
    (c) => ctx.version.documents.find((d) => d.code === c)?.required === true,
  );

  if (missing.length === 0 || presentedAnyway.length > 0 || requiredMissing.length === 0) {
    return reject('INTAKE_REFUSAL_UNFOUNDED', { presented: presentedAnyway });
  }

  return {
    type: 'IntakeRefused',
    at: ctx.now,
    actor: ctx.actor,
    closes: closeStep(state, ctx.now),
    opens: null,
    data: { missing, reason: command.reason.trim() },
  };
}
