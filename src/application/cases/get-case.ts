import { ReglamentError } from '../../domain/shared/errors.js';
import { findVersion, requireRole } from '../access.js';
import type { App } from '../context.js';
import type { User } from '../ports.js';
import { caseView, timeline, type CaseView, type TimelineEntry } from './case-view.js';

export interface CaseDetail {
  readonly case: CaseView;
  readonly timeline: readonly TimelineEntry[];
}

/** Any member of the provider's staff, and the auditor, may read a case and its history. */
export async function getCase(app: App, user: User, caseId: string): Promise<CaseDetail> {
  requireRole(user, 'clerk', 'head', 'officer', 'auditor', 'admin');

  const state = await app.store.cases.get(caseId);

  if (state === null) throw new ReglamentError('CASE_NOT_FOUND', { caseId });

  const [events, staff, services] = await Promise.all([
    app.store.cases.events(caseId),
    app.store.users.list(state.providerCode),
    app.services(),
  ]);
  const names = new Map(staff.map((u) => [u.id, u]));
  const time = app.workingTime(state.providerCode);
  const version = findVersion(services, state.versionId);

  return {
    case: caseView(state, version, time, app.clock.now(), names),
    timeline: timeline(events, time, names),
  };
}
