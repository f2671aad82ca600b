/**
 * The shapes the web application reads from the API (/api/v1, see openapi.json). They mirror
 * the server's views; only what the screens use is spelled out.
 */

export type Lang = 'kk' | 'ru' | 'en';

export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

export interface Localized {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

export interface Source {
  readonly status: 'confirmed' | 'assumed';
  readonly reference: string;
  readonly note?: string;
}

export interface SystemInfo {
  readonly mode: 'training' | 'live';
  readonly clock: string;
  readonly today: string;
  readonly zone: string;
}

export type UserRole = 'clerk' | 'head' | 'officer' | 'admin' | 'auditor';

export interface User {
  readonly id: string;
  readonly login: string;
  readonly fullName: string;
  readonly role: UserRole;
  readonly providerCode: string;
  readonly language: Lang;
}

export type LimitUnit = 'working-minutes' | 'working-days' | 'calendar-days';

export interface Limit {
  readonly amount: number;
  readonly unit: LimitUnit;
}

export type SlaState = 'on-time' | 'due-soon' | 'overdue';

export interface StepSla {
  readonly state: SlaState;
  readonly left: Limit;
}

export type StepCode = 'intake' | 'routing' | 'execution' | 'signing' | 'issuance';

export type ResultKind =
  'premises-decision' | 'letter-of-agreement' | 'missionary-certificate' | 'reasoned-refusal';

export interface ActReference {
  readonly issuer: Localized;
  readonly kind: Localized;
  readonly number: string;
  readonly date: string;
}

export interface StepDefinition {
  readonly code: StepCode;
  readonly order: number;
  readonly role: 'clerk' | 'head' | 'officer';
  readonly summary: Localized;
  readonly action: Localized;
  readonly handsTo: 'clerk' | 'head' | 'officer' | 'recipient';
  readonly limit: Limit;
}

export interface BranchDefinition {
  readonly code: 'intake-refusal';
  readonly fromStep: StepCode;
  readonly role: 'clerk' | 'head' | 'officer';
  readonly summary: Localized;
  readonly action: Localized;
  readonly limit: Limit;
}

export interface ResultField {
  readonly code: string;
  readonly label: Localized;
  readonly type: 'text' | 'date' | 'number' | 'iin';
  readonly required: boolean;
}

export interface ResultDefinition {
  readonly kind: ResultKind;
  readonly title: Localized;
  readonly fields: readonly ResultField[];
  readonly dateOrder: readonly (readonly [string, string])[];
}

export interface RequiredDocument {
  readonly code: string;
  readonly title: Localized;
  readonly required: boolean;
  readonly source: Source;
}

export interface RefusalGround {
  readonly code: string;
  readonly title: Localized;
  readonly source: Source;
}

export interface Provider {
  readonly code: string;
  readonly name: Localized;
}

export interface ServiceVersion {
  readonly id: string;
  readonly serviceCode: string;
  readonly label: Localized;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly validitySource: Source;
  readonly endedBy: ActReference | null;
  readonly basis: readonly ActReference[];
  readonly wordingSource: Source;
  readonly title: Localized;
  readonly provider: Provider;
  readonly deliveryForm: Localized;
  readonly applicationForm: Localized;
  readonly steps: readonly StepDefinition[];
  readonly branches: readonly BranchDefinition[];
  readonly results: readonly ResultDefinition[];
  readonly documents: readonly RequiredDocument[];
  readonly refusalGrounds: readonly RefusalGround[];
}

export interface Rejection {
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;
}

export interface ServiceSummary {
  readonly code: string;
  readonly appendix: number;
  readonly title: Localized;
  readonly versions: readonly ServiceVersion[];
  readonly inForce: { readonly versionId: string } | { readonly rejection: Rejection };
}

export interface Catalogue {
  readonly on: string;
  readonly services: readonly ServiceSummary[];
}

export interface ActEvent {
  readonly event: 'adopted' | 'amended' | 'repealed';
  readonly act: ActReference;
  readonly publishedOn: string;
  readonly publicationSource: Source;
  readonly inForceAfterDays: number;
  readonly condition?: Localized;
}

export interface Act {
  readonly code: string;
  readonly reference: ActReference;
  readonly citation: Localized;
  readonly registrationNumber: string;
  readonly legalBasis: readonly Localized[];
  readonly life: readonly ActEvent[];
  readonly spans: readonly {
    readonly code: string;
    readonly from: ActEvent['event'];
    readonly to: ActEvent['event'] | null;
  }[];
}

export interface PersonApplicant {
  readonly kind: 'person';
  readonly iin: string;
  readonly surname: string;
  readonly givenName: string;
  readonly patronymic?: string;
}

export interface OrganisationApplicant {
  readonly kind: 'organisation';
  readonly bin: string;
  readonly name: string;
}

export type Applicant = PersonApplicant | OrganisationApplicant;

export interface PowerOfAttorney {
  readonly number: string;
  readonly date: string;
}

export interface Representative {
  readonly fullName: string;
  readonly iin: string;
  readonly powerOfAttorney: PowerOfAttorney;
}

export interface PersonRef {
  readonly id: string;
  readonly name: string | null;
}

export interface RolePersonRef extends PersonRef {
  readonly role: UserRole;
}

export interface DraftResult {
  readonly kind: ResultKind;
  readonly fields: Readonly<Record<string, string>>;
  readonly grounds: readonly string[];
}

export interface StepView {
  readonly code: StepCode;
  readonly holder: RolePersonRef;
  readonly startedAt: string;
  readonly dueAt: string;
  readonly limit: Limit;
  readonly sla: StepSla;
}

export type Outcome =
  | { readonly kind: 'intake-refused'; readonly at: string }
  | { readonly kind: 'issued'; readonly resultKind: ResultKind; readonly at: string };

export interface CaseView {
  readonly id: string;
  readonly serviceCode: string;
  readonly versionId: string;
  readonly status: StepCode | 'closed';
  readonly revision: number;
  readonly applicant: Applicant;
  readonly representative: Representative | null;
  readonly registeredAt: string;
  readonly registeredBy: PersonRef;
  readonly documentsPresented: readonly string[];
  readonly documentsMissing: readonly string[];
  readonly receipt: {
    readonly incomingNumber: string;
    readonly acceptedAt: string;
    readonly clerk: PersonRef;
    readonly termDueAt: string;
  } | null;
  readonly step: StepView | null;
  readonly officer: PersonRef | null;
  readonly draft: DraftResult | null;
  readonly draftSubmitted: boolean;
  readonly returns: number;
  readonly outcome: Outcome | null;
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface LocalMoment {
  readonly instant: string;
  readonly date: string;
  readonly time: string;
  readonly weekday: Weekday;
}

export interface CalendarEntry {
  readonly date: string;
  readonly kind: string;
  readonly name: Localized;
  readonly source: { readonly kind: string; readonly title: string; readonly reference?: string };
}

export interface SpanDay {
  readonly date: string;
  readonly weekday: Weekday;
  readonly effect: 'skipped' | 'counted';
  readonly reason: 'weekend' | 'day-off' | 'working-by-act';
  readonly entry?: CalendarEntry;
}

/** How a deadline was counted (src/domain/calendar/explain.ts on the server). */
export interface DeadlineExplanation {
  readonly rule: {
    readonly unit: LimitUnit;
    readonly amount: number;
    readonly officeHours: {
      readonly zone: string;
      readonly segments: readonly { readonly start: string; readonly end: string }[];
    };
  };
  readonly start: LocalMoment;
  readonly countingStarts: {
    readonly date: string;
    readonly weekday: Weekday;
    readonly time: string | null;
    readonly why: 'day-after-start' | 'at-start' | 'next-opening';
  };
  readonly due: LocalMoment;
  readonly days: readonly SpanDay[];
  readonly endMoved: {
    readonly from: string;
    readonly fromWeekday: Weekday;
    readonly to: string;
  } | null;
  readonly provisionalYears: readonly number[];
}

export type CaseEventType =
  | 'ApplicationRegistered'
  | 'DocumentsChecked'
  | 'ApplicationAccepted'
  | 'IntakeRefused'
  | 'CaseForwarded'
  | 'DraftSaved'
  | 'DraftSubmitted'
  | 'DraftReturned'
  | 'ResultSigned'
  | 'ResultIssued';

export interface TimelineEntry {
  readonly seq: number;
  readonly type: CaseEventType;
  readonly at: string;
  readonly actor: RolePersonRef;
  readonly closes: {
    readonly code: StepCode;
    readonly dueAt: string;
    readonly closedAt: string;
    readonly late: boolean;
  } | null;
  readonly opens: {
    readonly code: StepCode;
    readonly holder: RolePersonRef;
    readonly dueAt: string;
    readonly limit: Limit;
    readonly explanation: DeadlineExplanation | null;
  } | null;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface CaseWithTimeline {
  readonly case: CaseView;
  readonly timeline: readonly TimelineEntry[];
}

export interface CaseListItem {
  readonly id: string;
  readonly serviceCode: string;
  readonly status: string;
  readonly stepCode: StepCode | null;
  readonly holderId: string | null;
  readonly dueAt: string | null;
  readonly termDueAt: string | null;
  readonly registeredAt: string;
  readonly incomingNumber: string | null;
  readonly applicantName: string;
  readonly revision: number;
  readonly sla: StepSla | null;
}

export interface CasePage {
  readonly total: number;
  readonly items: readonly CaseListItem[];
}

export interface StaffMember {
  readonly id: string;
  readonly fullName: string;
  readonly role: UserRole;
  readonly openCases: number;
}
