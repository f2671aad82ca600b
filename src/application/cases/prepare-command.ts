import type { CaseCommand, CaseState, DraftResult, PowerOfAttorney } from '../../domain/case/index.js';
import type { ServiceVersion } from '../../domain/regulation/types.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import type { Store } from '../ports.js';
import type { WorkingTime } from '../working-time.js';

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
 * Completes a user's action with what only the store knows: the next incoming number and the
 * provider's head for an acceptance, the chosen officer's role for a forwarding.
 */
export async function prepareCommand(
  store: Store,
  state: CaseState,
  action: CaseAction,
  version: ServiceVersion,
  time: WorkingTime,
  now: number,
): Promise<CaseCommand> {
  switch (action.type) {
    case 'accept':
      return {
        type: 'accept',
        incomingNumber: await allocateNumber(store, version, time.localDate(now)),
        head: await providerHead(store, state.providerCode),
      };
    case 'forward':
      return { type: 'forward', officer: await officer(store, state, action.officerId) };
    case 'sign':
      return { type: 'sign', clerk: null };
    default:
      return action;
  }
}

/** `ДІБ-2019-00042`: the provider's prefix, the year of acceptance, the number in that year. */
async function allocateNumber(store: Store, version: ServiceVersion, today: string) {
  const year = Number(today.slice(0, 4));
  const n = await store.cases.nextIncomingNumber(version.provider.code, year);

  return `${version.provider.registryPrefix}-${year}-${String(n).padStart(5, '0')}`;
}

async function providerHead(store: Store, providerCode: string) {
  const head = (await store.users.list(providerCode, 'head')).find((u) => u.active);

  if (head === undefined) throw new ReglamentError('USER_NOT_FOUND', { role: 'head' });

  return { userId: head.id, role: 'head' as const };
}

async function officer(store: Store, state: CaseState, officerId: string) {
  const user = await store.users.byId(officerId);

  if (user === null || !user.active || user.providerCode !== state.providerCode) {
    throw new ReglamentError('ASSIGNEE_NOT_OFFICER', { userId: officerId });
  }
  if (user.role === 'admin' || user.role === 'auditor') {
    throw new ReglamentError('ASSIGNEE_NOT_OFFICER', { userId: officerId });
  }

  return { userId: user.id, role: user.role };
}
