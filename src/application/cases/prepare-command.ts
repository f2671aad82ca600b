import type {
  Actor,
  CaseCommand,
  CaseState,
  DraftResult,
  PowerOfAttorney,
} from '../../domain/case/index.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import type { CaseNeeds, ResolvedNeeds, User } from '../ports.js';

/** A command as a user gives it: people by id, nothing the store has to allocate. */
export type CaseAction =
  | { readonly type: 'check-documents'; readonly presented: readonly string[] }
  | { readonly type: 'accept' }
  | { readonly type: 'refuse-intake'; readonly missing: readonly string[]; readonly reason: string }
  | { readonly type: 'forward'; readonly officerId: string }
  | { readonly type: 'save-draft'; readonly draft: DraftResult }
  | { readonly type: 'submit-draft'; readonly draft: DraftResult | null }
  | { readonly type: 'return-draft'; readonly comment: string }
  | { readonly type: 'sign' }
  | {
      readonly type: 'issue';
      readonly to: 'recipient' | 'attorney';
      readonly receivedBy: string;
      readonly powerOfAttorney: PowerOfAttorney | null;
    };

/**
 * What an action needs from the store, read in its own transaction: an acceptance needs the
 * next incoming number and the provider's head; a forwarding needs the person chosen.
 */
export function needsOf(state: CaseState, action: CaseAction, year: number): CaseNeeds {
  if (action.type === 'accept' && state.status === 'intake') {
    return {
      incomingNumber: { providerCode: state.providerCode, year },
      headOf: state.providerCode,
    };
  }
  if (action.type === 'forward') return { user: action.officerId };

  return {};
}

/** Completes a user's action into the engine's command with what the store resolved. */
export function toCommand(
  state: CaseState,
  action: CaseAction,
  resolved: ResolvedNeeds,
  incomingNumber: string | null,
): CaseCommand {
  switch (action.type) {
    case 'accept':
      return { type: 'accept', incomingNumber: incomingNumber ?? '', head: headOf(resolved) };
    case 'forward':
      return { type: 'forward', officer: assignee(state, resolved.user, action.officerId) };
    case 'sign':
      return { type: 'sign', clerk: null };
    default:
      return action;
  }
}

function headOf(resolved: ResolvedNeeds): Actor {
  if (resolved.head === null) throw new ReglamentError('USER_NOT_FOUND', { role: 'head' });

  return { userId: resolved.head.id, role: 'head' };
}

function assignee(state: CaseState, user: User | null, id: string): Actor {
  const fits = user !== null && user.active && user.providerCode === state.providerCode;

  if (!fits || user.role === 'admin' || user.role === 'auditor') {
    throw new ReglamentError('ASSIGNEE_NOT_OFFICER', { userId: id });
  }

  return { userId: user.id, role: user.role };
}
