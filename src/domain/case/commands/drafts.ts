import { reject, type Rejection } from '../../shared/errors.js';
import type { DraftSaved, DraftSubmitted } from '../events.js';
import { closeStep, openStep } from '../steps.js';
import type { CaseState } from '../types.js';
import { validateDraft } from '../validate-draft.js';
import type { DecisionContext, SaveDraft, SubmitDraft } from './types.js';

/** The officer keeps work in progress; a saved draft may still be incomplete. */
export function saveDraft(
  _state: CaseState,
  command: SaveDraft,
  ctx: DecisionContext,
): DraftSaved | Rejection {
  const invalid = validateDraft(ctx.version, command.draft, false, ctx.localDate(ctx.now));

  if (invalid !== null) return invalid;

  return {
    type: 'DraftSaved',
    at: ctx.now,
    actor: ctx.actor,
    closes: null,
    opens: null,
    data: { draft: command.draft },
  };
}

/** The officer sends the whole draft result to the head for signature (§5 item 3). */
export function submitDraft(
  state: CaseState,
  command: SubmitDraft,
  ctx: DecisionContext,
): DraftSubmitted | Rejection {
  const draft = command.draft ?? state.draft;

  if (draft === null) return reject('NO_DRAFT', {});

  const invalid = validateDraft(ctx.version, draft, true, ctx.localDate(ctx.now));

  if (invalid !== null) return invalid;
  if (state.headId === null) throw new Error(`Case ${state.id} was accepted without a head`);

  return {
    type: 'DraftSubmitted',
    at: ctx.now,
    actor: ctx.actor,
    closes: closeStep(state, ctx.now),
    opens: openStep(ctx, 'signing', { userId: state.headId, role: 'head' }),
    data: { draft },
  };
}
