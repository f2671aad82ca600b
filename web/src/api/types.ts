/**
 * The shapes the web application exchanges with the API (/api/v1, see openapi.json). They are
 * the server's own types, imported type-only so that the two sides cannot drift apart: a change
 * on the server that a screen relies on fails `tsc -p web/tsconfig.json`. Declared here is only
 * what the server leaves unnamed (reply envelopes) or types more loosely than it sends.
 */
import type { Static } from 'typebox';
import type { CaseDetail } from '../../../src/application/cases/get-case';
import type * as Server from '../../../src/application/cases/case-view';
import type { listCases } from '../../../src/application/cases/list-cases';
import type { AuditRecord } from '../../../src/application/ports';
import type { ServiceSummary } from '../../../src/application/catalogue/catalogue-view';
import type { User, UserRole } from '../../../src/application/ports';
import type { StepSla } from '../../../src/application/working-time';
import type { DeadlineExplanation } from '../../../src/domain/calendar/explain';
import type { CaseEvent } from '../../../src/domain/case/events';
import type { StepCode } from '../../../src/domain/regulation/types';
import type { IsoDate } from '../../../src/domain/shared/time';
import type { Bodies, RegisterBody } from '../../../src/interfaces/http/schemas';

export type { LocalMoment } from '../../../src/domain/calendar/local-time';
export type { SpanDay } from '../../../src/domain/calendar/explain';
export type { LegalSource, Weekday } from '../../../src/domain/calendar/types';
export type { DocLang } from '../../../src/adapters/documents/language';
export type {
  Applicant,
  DraftResult,
  ForeignPersonApplicant,
  Handover,
  OrganisationApplicant,
  PersonApplicant,
  PowerOfAttorney,
  Representative,
} from '../../../src/domain/case/types';
export type {
  Act,
  ActEvent,
  ActReference,
  RefusalGround,
  RequiredDocument,
  ResultDefinition,
  ResultField,
  ResultKind,
  ServiceVersion,
  StepCode,
  StepDefinition,
} from '../../../src/domain/regulation/types';
export type { Lang, Localized, Source } from '../../../src/domain/shared/text';
export type { Limit, LimitUnit } from '../../../src/domain/shared/time';
export type { PersonRef } from '../../../src/application/cases/case-view';
export type { HistoryCheck } from '../../../src/application/audit/verify-case-history';
export type {
  CalendarDay,
  CalendarYear,
} from '../../../src/application/calendar/list-calendar-year';
export type {
  CalendarEntry,
  CalendarEntryKind,
  LegalSourceKind,
  OfficeHoursDefinition,
} from '../../../src/domain/calendar/types';
export { CALENDAR_ENTRY_KINDS, LEGAL_SOURCE_KINDS } from '../../../src/domain/calendar/types';
export type { ServiceSummary, User, UserRole, StepSla, DeadlineExplanation };
export { LANGS } from '../../../src/domain/shared/text';
export { DOC_LANGS, isDocLang } from '../../../src/adapters/documents/language';

export type SlaState = StepSla['state'];

/** GET /system: the mode, the office's clock and its zone, and the calendar's years. */
export interface SystemInfo {
  readonly mode: 'training' | 'live';
  readonly clock: string;
  readonly today: IsoDate;
  readonly zone: string;
  readonly calendarYears: { readonly first: number; readonly last: number };
}

/** GET /admin/audit-log: one administrative change, its instant in epoch milliseconds. */
export type AuditEntry = AuditRecord & { readonly id: number };

/** GET /catalogue: every service with the version in force on `on`. */
export interface Catalogue {
  readonly on: IsoDate;
  readonly services: readonly ServiceSummary[];
}

/** GET /users: the provider's active staff with their open cases. */
export interface StaffMember {
  readonly id: string;
  readonly fullName: string;
  readonly role: UserRole;
  readonly openCases: number;
}

export type CasePage = Awaited<ReturnType<typeof listCases>>;

export type CaseListItem = CasePage['items'][number];

/** The server types the open step's code and people's roles as text; they are these unions. */
type StepView = Server.StepView & {
  readonly code: StepCode;
  readonly holder: { readonly role: UserRole };
};

export type CaseView = Omit<Server.CaseView, 'step'> & { readonly step: StepView | null };

/** An event's type and data, paired as the server takes them from the same event. */
type Recorded<E = CaseEvent> = E extends CaseEvent ? Pick<E, 'type' | 'data'> : never;

type Opens = NonNullable<Server.TimelineEntry['opens']> & {
  /** Computed defensively on the server, which types it `unknown`; null when it failed. */
  readonly explanation: DeadlineExplanation | null;
};

export type TimelineEntry = Omit<Server.TimelineEntry, 'type' | 'data' | 'opens'> &
  Recorded & {
    readonly actor: { readonly role: UserRole };
    readonly opens: Opens | null;
  };

export type CaseWithTimeline = Omit<CaseDetail, 'case' | 'timeline'> & {
  readonly case: CaseView;
  readonly timeline: readonly TimelineEntry[];
};

/**
 * The documents the server generates from a regulation version and the formats the screens
 * use (GET /catalogue/{code}/versions/{id}/{as}). The server's own list lives beside the
 * renderers (src/adapters/documents/appendices/index.ts), which the browser cannot compile.
 */
export type ArtefactKind = 'appendix1' | 'appendix2' | 'bpmn' | 'text';

export type ArtefactFormat = 'svg' | 'png' | 'xml' | 'txt';

/** A request body as its schema reads it, taking the read-only values the screens hold. */
type Body<T> = T extends readonly (infer U)[]
  ? readonly Body<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Body<T[K]> }
    : T;

/** POST /cases. */
export type Registration = Body<Static<typeof RegisterBody>>;

/** The body of each case command, without the revision every command carries. */
export type CommandBodies = {
  readonly [K in keyof typeof Bodies]: Body<Omit<Static<(typeof Bodies)[K]>, 'expectedRevision'>>;
};
