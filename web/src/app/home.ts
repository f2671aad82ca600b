import type { UserRole } from '../api/types';

/**
 * Where each role starts. The administrator and the auditor hold no cases, so "My cases" would
 * always be empty for them: the auditor starts at every case of the office, the administrator
 * at the office's accounts.
 */
const HOMES: Readonly<Record<UserRole, string>> = {
  clerk: '/inbox',
  head: '/inbox',
  officer: '/inbox',
  admin: '/admin/users',
  auditor: '/cases',
};

/** The bare address and the old sign-in address lead to the user's start page. */
export const ENTRY_PATHS: readonly string[] = ['/', '/sign-in'];

export function homeOf(role: UserRole): string {
  return HOMES[role];
}
