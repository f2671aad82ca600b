import { type ComponentType, lazy } from 'react';
import type { UserRole } from '../api/types';

export interface RouteDefinition {
  readonly pattern: string;
  /** Each screen is its own chunk: the inbox loads none of the forms' code. */
  readonly page: ComponentType<{ readonly params: Record<string, string> }>;
  /** Roles that may open it; every signed-in user when absent. */
  readonly roles?: readonly UserRole[];
  /** A printable page: no header or navigation around it. */
  readonly bare?: boolean;
}

const InboxPage = lazy(() => import('../features/inbox/InboxPage'));
const LatePage = lazy(() => import('../features/inbox/LatePage'));
const IntakePage = lazy(() => import('../features/intake/IntakePage'));
const CasePage = lazy(() => import('../features/case/CasePage'));
const ReceiptPage = lazy(() => import('../features/print/ReceiptPage'));
const RefusalPage = lazy(() => import('../features/print/RefusalPage'));
const CataloguePage = lazy(() => import('../features/catalogue/CataloguePage'));

export const ROUTES: readonly RouteDefinition[] = [
  { pattern: '/inbox', page: InboxPage },
  { pattern: '/late', page: LatePage },
  { pattern: '/intake', page: IntakePage, roles: ['clerk'] },
  { pattern: '/cases/:id', page: CasePage },
  { pattern: '/cases/:id/receipt', page: ReceiptPage, bare: true },
  { pattern: '/cases/:id/refusal', page: RefusalPage, bare: true },
  { pattern: '/catalogue', page: CataloguePage },
];
