import type { UserRole } from '../api/types';
import { ENTRY_PATHS } from './home';
import { type LazyPage, lazyPage } from './lazy-page';
import { match } from './router';

export interface RouteDefinition {
  readonly pattern: string;
  /** Each screen is its own chunk: the inbox loads none of the forms' code. */
  readonly page: LazyPage;
  /** Roles that may open it; every signed-in user when absent. */
  readonly roles?: readonly UserRole[];
  /** A printable page: no header or navigation around it. */
  readonly bare?: boolean;
}

export const SIGN_IN = lazyPage(() => import('../features/auth/SignInPage'));

/** The administrator's screens; the audit log is the auditor's as well. */
const ADMIN_ROUTES: readonly RouteDefinition[] = [
  {
    pattern: '/admin/users',
    page: lazyPage(() => import('../features/admin/users/AccountsPage')),
    roles: ['admin'],
  },
  {
    pattern: '/admin/users/new',
    page: lazyPage(() => import('../features/admin/users/NewAccountPage')),
    roles: ['admin'],
  },
  {
    pattern: '/admin/users/:id',
    page: lazyPage(() => import('../features/admin/users/AccountPage')),
    roles: ['admin'],
  },
  {
    pattern: '/admin/calendar',
    page: lazyPage(() => import('../features/admin/calendar/CalendarPage')),
    roles: ['admin'],
  },
  {
    pattern: '/admin/office-hours',
    page: lazyPage(() => import('../features/admin/office-hours/OfficeHoursPage')),
    roles: ['admin'],
  },
  {
    pattern: '/admin/audit-log',
    page: lazyPage(() => import('../features/admin/audit/AuditLogPage')),
    roles: ['admin', 'auditor'],
  },
];

export const ROUTES: readonly RouteDefinition[] = [
  { pattern: '/inbox', page: lazyPage(() => import('../features/inbox/InboxPage')) },
  { pattern: '/late', page: lazyPage(() => import('../features/inbox/LatePage')) },
  {
    pattern: '/intake',
    page: lazyPage(() => import('../features/intake/IntakePage')),
    roles: ['clerk'],
  },
  { pattern: '/cases', page: lazyPage(() => import('../features/inbox/CasesPage')) },
  { pattern: '/cases/:id', page: lazyPage(() => import('../features/case/CasePage')) },
  {
    pattern: '/cases/:id/receipt',
    page: lazyPage(() => import('../features/print/ReceiptPage')),
    bare: true,
  },
  {
    pattern: '/cases/:id/refusal',
    page: lazyPage(() => import('../features/print/RefusalPage')),
    bare: true,
  },
  { pattern: '/catalogue', page: lazyPage(() => import('../features/catalogue/CataloguePage')) },
  ...ADMIN_ROUTES,
];

export function findRoute(
  path: string,
): { route: RouteDefinition; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const params = match(route.pattern, path);

    if (params !== null) return { route, params };
  }

  return null;
}

/**
 * Starts fetching the first screen's code while the session loads, instead of after it. Who
 * signs in is not known yet at the bare address; most users start at the inbox.
 */
export function preloadFirstScreen(path: string): void {
  const target = ENTRY_PATHS.includes(path) ? '/inbox' : path;

  findRoute(target)?.route.page.preload();
}
