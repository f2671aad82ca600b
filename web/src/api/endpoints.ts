import { queryString, request } from './client';
import type {
  Act,
  Applicant,
  CasePage,
  CaseWithTimeline,
  Catalogue,
  DraftResult,
  Lang,
  PowerOfAttorney,
  Representative,
  SlaState,
  StaffMember,
  SystemInfo,
  User,
  UserRole,
} from './types';

/** The API calls the screens make, one function per endpoint. */

export const getSystem = () => request<SystemInfo>('GET', '/system');

export const signIn = (login: string, password: string) =>
  request<{ user: User }>('POST', '/auth/sign-in', { login, password });

export const signOut = () => request<undefined>('POST', '/auth/sign-out');

export const getMe = () => request<{ user: User }>('GET', '/auth/me');

export const saveLanguage = (language: Lang) =>
  request<undefined>('PUT', '/auth/me/language', { language });

export const getCatalogue = (on?: string) =>
  request<Catalogue>('GET', `/catalogue${queryString({ on })}`);

export const getAct = () => request<{ act: Act | null }>('GET', '/act');

export interface ListQuery {
  readonly service?: string;
  readonly step?: string;
  readonly state?: SlaState;
  readonly q?: string;
  readonly limit: number;
  readonly offset: number;
}

export type ListScope = 'inbox' | 'overdue';

export const listCases = (scope: ListScope, query: ListQuery) =>
  scope === 'inbox'
    ? request<CasePage>('GET', `/inbox${queryString({ ...query })}`)
    : request<CasePage>('GET', `/cases${queryString({ scope: 'overdue', ...query })}`);

export const getCase = (id: string) =>
  request<CaseWithTimeline>('GET', `/cases/${encodeURIComponent(id)}`);

export interface Registration {
  readonly serviceCode: string;
  readonly applicant: Applicant;
  readonly representative: Representative | null;
  readonly documentsPresented: readonly string[];
}

export const registerCase = (body: Registration) =>
  request<CaseWithTimeline>('POST', '/cases', body);

/** The body of each case command, without the revision every command carries. */
export interface CommandBodies {
  'check-documents': { readonly presented: readonly string[] };
  accept: Record<string, never>;
  'refuse-intake': { readonly missing: readonly string[]; readonly reason: string };
  forward: { readonly officerId: string };
  'save-draft': { readonly draft: DraftResult };
  'submit-draft': { readonly draft: DraftResult | null };
  'return-draft': { readonly comment: string };
  sign: Record<string, never>;
  issue: {
    readonly to: 'recipient' | 'attorney';
    readonly receivedBy: string;
    readonly powerOfAttorney: PowerOfAttorney | null;
  };
}

export type CommandName = keyof CommandBodies;

/** Sends the revision the user saw: a case changed meanwhile answers CONCURRENT_UPDATE. */
export const runCommand = <K extends CommandName>(
  caseId: string,
  name: K,
  revision: number,
  body: CommandBodies[K],
) =>
  request<CaseWithTimeline>('POST', `/cases/${encodeURIComponent(caseId)}/${name}`, {
    ...body,
    expectedRevision: revision,
  });

export const listStaff = (role?: UserRole) =>
  request<{ users: StaffMember[] }>('GET', `/users${queryString({ role })}`);
