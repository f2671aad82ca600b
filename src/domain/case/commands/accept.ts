import { reject, type Rejection } from '../../shared/errors.js';
import type { ApplicationAccepted } from '../events.js';
import { closeStep, openStep, termDueAt } from '../steps.js';
import type { CaseState } from '../types.js';
import { missingDocuments } from './check-documents.js';
import type { AcceptApplication, DecisionContext } from './types.js';

/**
 * The clerk accepts a complete application: the receipt gets its incoming number and term, and
 * the documents go to the head (§5 item 1). The case is pinned to the version in force today.
 */
export function acceptApplication(
  state: CaseState,
  command: AcceptApplication,
  ctx: DecisionContext,
): ApplicationAccepted | Rejection {
  const missing = missingDocuments(ctx.version, state.documentsPresented);

  if (missing.length > 0) return reject('DOCUMENTS_INCOMPLETE', { missing });
  if (command.head.role !== 'head') return reject('ROLE_FORBIDDEN', { role: command.head.role });

  return {
    type: 'ApplicationAccepted',
    at: ctx.now,
    actor: ctx.actor,
    closes: closeStep(state, ctx.now),
    opens: openStep(ctx, 'routing', command.head),
    data: {
      incomingNumber: command.incomingNumber,
      versionId: ctx.version.id,
      termDueAt: termDueAt(ctx, ctx.now),
    },
  };
}
