import { request } from './client';
import type {
  AuditEntry,
  CalendarEntry,
  CalendarYear,
  Lang,
  OfficeHoursDefinition,
  User,
  UserRole,
} from './types';

/** The administrator's API calls: accounts, calendar corrections, office hours, the audit log. */

export interface NewAccount {
  readonly login: string;
  readonly fullName: string;
  readonly role: UserRole;
  readonly language: Lang;
  readonly password: string;
}

export type AccountChange = Partial<Omit<NewAccount, 'login'> & { readonly active: boolean }>;

export const listAccounts = () => request<{ users: User[] }>('GET', '/admin/users');

export const createAccount = (body: NewAccount) =>
  request<{ user: User }>('POST', '/admin/users', body);

export const changeAccount = (id: string, body: AccountChange) =>
  request<{ user: User }>('PATCH', `/admin/users/${encodeURIComponent(id)}`, body);

export const getCalendarYear = (year: number) =>
  request<CalendarYear>('GET', `/calendar/${String(year)}`);

/** The entry of one date, without the date, which the address carries. */
export type EntryBody = Omit<CalendarEntry, 'date'>;

export const putCalendarEntry = (date: string, body: EntryBody) =>
  request<{ entry: CalendarEntry; changed: boolean }>('PUT', `/admin/calendar/${date}`, body);

export const deleteCalendarEntry = (date: string) =>
  request<{ removed: CalendarEntry | null }>('DELETE', `/admin/calendar/${date}`);

export const getOfficeHours = (provider: string) =>
  request<{ officeHours: OfficeHoursDefinition }>(
    'GET',
    `/providers/${encodeURIComponent(provider)}/office-hours`,
  );

export const putOfficeHours = (provider: string, body: OfficeHoursDefinition) =>
  request<{ officeHours: OfficeHoursDefinition }>(
    'PUT',
    `/admin/providers/${encodeURIComponent(provider)}/office-hours`,
    body,
  );

export const listAuditLog = () => request<{ records: AuditEntry[] }>('GET', '/admin/audit-log');
