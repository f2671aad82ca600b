import { requireRole } from '../access.js';
import type { App } from '../context.js';
import type { CaseFilter, CaseSummary, User } from '../ports.js';
import type { StepSla } from '../working-time.js';

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
  const overdue = query.scope === 'overdue' || query.state === 'overdue';
  const filter: CaseFilter = {
    ...(query.scope === 'inbox' ? { holderId: user.id, open: true } : {}),
    ...(overdue ? { open: true, overdueAt: now } : {}),
    ...(query.serviceCode === undefined ? {} : { serviceCode: query.serviceCode }),
    ...(query.stepCode === undefined ? {} : { stepCode: query.stepCode }),
    ...(query.search === undefined ? {} : { search: query.search }),
    limit: query.limit,
    offset: query.offset,
  };

  if (query.state === undefined || query.state === 'overdue') {
    const page = await app.store.cases.list(filter);

    return { total: page.total, items: page.items.map((c) => listItem(app, c, now)) };
  }

  return pageByState(app, filter, query.state, now);
}

/** The most open cases an SLA filter looks through; far above one office's workload. */
const STATE_SCAN_LIMIT = 20_000;

/**
 * "On time" and "due soon" depend on each step's unit and span on the working calendar, which
 * the database cannot evaluate; the open cases are read in deadline order, their SLA computed
 * (about a microsecond each), and the page cut from those that match.
 */
async function pageByState(
  app: App,
  filter: CaseFilter,
  state: StepSla['state'],
  now: number,
): Promise<{ total: number; items: CaseListItem[] }> {
  const all = await app.store.cases.list({
    ...filter,
    open: true,
    limit: STATE_SCAN_LIMIT,
    offset: 0,
  });
  const matching = all.items
    .map((c) => listItem(app, c, now))
    .filter((i) => i.sla?.state === state);

  return {
    total: matching.length,
    items: matching.slice(filter.offset, filter.offset + filter.limit),
  };
}

function listItem(app: App, c: CaseSummary, now: number): CaseListItem {
  const { stepStartedAt, ...rest } = c;
  const time = app.workingTime(c.providerCode);

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
