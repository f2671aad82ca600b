import { requireRole } from '../access.js';
import type { App } from '../context.js';
import type { CaseFilter, CaseSummary, User } from '../ports.js';
import type { StepSla, WorkingTime } from '../working-time.js';

export interface CaseListItem extends Omit<
  CaseSummary,
  'dueAt' | 'termDueAt' | 'registeredAt' | 'stepStartedAt'
> {
  readonly dueAt: string | null;
  readonly termDueAt: string | null;
  readonly registeredAt: string;
  readonly sla: StepSla | null;
}

export interface CaseQuery {
  readonly scope: 'inbox' | 'all' | 'overdue';
  readonly serviceCode?: string;
  readonly stepCode?: string;
  readonly state?: StepSla['state'];
  readonly search?: string;
  readonly limit: number;
  readonly offset: number;
}

/**
 * Lists cases sorted by deadline, earliest first. `inbox` is what the user must act on now;
 * `overdue` is every open case past its step deadline (the head's view of what is late).
 * Filtering by SLA state happens after the deadline sort, page by page.
 */
export async function listCases(
  app: App,
  user: User,
  query: CaseQuery,
): Promise<{ total: number; items: CaseListItem[] }> {
  if (query.scope !== 'inbox') requireRole(user, 'clerk', 'head', 'officer', 'auditor', 'admin');

  const now = app.clock.now();
  const filter: CaseFilter = {
    ...(query.scope === 'inbox' ? { holderId: user.id, open: true } : {}),
    ...(query.scope === 'overdue' ? { open: true, overdueAt: now } : {}),
    ...(query.serviceCode === undefined ? {} : { serviceCode: query.serviceCode }),
    ...(query.stepCode === undefined ? {} : { stepCode: query.stepCode }),
    ...(query.search === undefined ? {} : { search: query.search }),
    limit: query.limit,
    offset: query.offset,
  };
  const page = await app.store.cases.list(filter);
  const time = app.workingTime();
  const items = page.items.map((c) => listItem(c, time, now));

  return {
    total: page.total,
    items: query.state === undefined ? items : items.filter((i) => i.sla?.state === query.state),
  };
}

function listItem(c: CaseSummary, time: WorkingTime, now: number): CaseListItem {
  const { stepStartedAt, ...rest } = c;

  return {
    ...rest,
    dueAt: c.dueAt === null ? null : time.format(c.dueAt),
    termDueAt: c.termDueAt === null ? null : time.format(c.termDueAt),
    registeredAt: time.format(c.registeredAt),
    sla:
      c.dueAt === null || stepStartedAt === null || c.limit === null
        ? null
        : time.sla(now, { startedAt: stepStartedAt, dueAt: c.dueAt, limit: c.limit }),
  };
}
