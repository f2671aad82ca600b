import { apiUrl, queryString, request, requestText } from './client';
import type {
  Act,
  ArtefactFormat,
  ArtefactKind,
  CasePage,
  CaseWithTimeline,
  Catalogue,
  CommandBodies,
  DocLang,
  HistoryCheck,
  Lang,
  Registration,
  ServiceVersion,
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

/** Who is signed in: `{ user: null }` for an anonymous caller, which is not an error. */
export const getMe = () => request<{ user: User | null }>('GET', '/auth/me');

export const saveLanguage = (language: Lang) =>
  request<undefined>('PUT', '/auth/me/language', { language });

export const getCatalogue = (on?: string) =>
  request<Catalogue>('GET', `/catalogue${queryString({ on })}`);

export const getAct = () => request<{ act: Act | null }>('GET', '/act');

/** One document of a regulation version in one of the act's languages and one format. */
export interface ArtefactRef {
  readonly version: ServiceVersion;
  readonly as: ArtefactKind;
  readonly lang: DocLang;
}

const artefactPath = ({ version, as, lang }: ArtefactRef, format: ArtefactFormat) =>
  `/catalogue/${encodeURIComponent(version.serviceCode)}/versions/` +
  `${encodeURIComponent(version.id)}/${as}${queryString({ lang, format })}`;

/** Where the browser loads the document itself: an image, a download. */
export const artefactUrl = (ref: ArtefactRef, format: ArtefactFormat) =>
  apiUrl(artefactPath(ref, format));

/** The regulation's wording as plain text, or its process as BPMN 2.0 XML. */
export const getArtefactText = (ref: ArtefactRef) =>
  requestText(artefactPath(ref, ref.as === 'bpmn' ? 'xml' : 'txt'));

export interface ListQuery {
  readonly service?: string;
  readonly step?: string;
  readonly state?: SlaState;
  readonly q?: string;
  readonly limit: number;
  readonly offset: number;
}

/** The user's own cases, the late ones, or every case of the office, open and closed. */
export type ListScope = 'inbox' | 'overdue' | 'all';

export const listCases = (scope: ListScope, query: ListQuery) =>
  scope === 'inbox'
    ? request<CasePage>('GET', `/inbox${queryString({ ...query })}`)
    : request<CasePage>('GET', `/cases${queryString({ scope, ...query })}`);

export const getCase = (id: string) =>
  request<CaseWithTimeline>('GET', `/cases/${encodeURIComponent(id)}`);

/** Recomputes the case's hash chain and replays its events (auditor, head, administrator). */
export const checkCaseHistory = (id: string) =>
  request<HistoryCheck>('GET', `/cases/${encodeURIComponent(id)}/audit`);

export const registerCase = (body: Registration) =>
  request<CaseWithTimeline>('POST', '/cases', body);

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
