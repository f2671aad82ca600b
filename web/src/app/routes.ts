import type { UserRole } from '../api/types';
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

export const ROUTES: readonly RouteDefinition[] = [
  { pattern: '/inbox', page: lazyPage(() => import('../features/inbox/InboxPage')) },
  { pattern: '/late', page: lazyPage(() => import('../features/inbox/LatePage')) },
  {
    pattern: '/intake',
    page: lazyPage(() => import('../features/intake/IntakePage')),
    roles: ['clerk'],
  },
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
 * Starts fetching the first screen's code while the session loads, instead of after it; the
 * bare address and the sign-in address lead to the inbox.
 */
export function preloadFirstScreen(path: string): void {
  const target = path === '/' || path === '/sign-in' ? '/inbox' : path;

  findRoute(target)?.route.page.preload();
}
