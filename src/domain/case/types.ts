import type { Role, ResultKind, StepCode } from '../regulation/types.js';
import type { Instant, IsoDate, Limit } from '../shared/time.js';

/** A natural person applying for a service, identified by IIN. */
export interface PersonApplicant {
  readonly kind: 'person';
  readonly iin: string;
  readonly surname: string;
  readonly givenName: string;
  readonly patronymic?: string;
}

/** A legal entity applying for a service, identified by BIN. */
export interface OrganisationApplicant {
  readonly kind: 'organisation';
  readonly bin: string;
  readonly name: string;
}

/**
 * A foreign citizen or stateless person without an IIN (a missionary sent from abroad, for
 * one), identified by the passport or other identity document they present.
 */
export interface ForeignPersonApplicant {
  readonly kind: 'foreign-person';
  readonly surname: string;
  readonly givenName: string;
  readonly patronymic?: string;
  /** The citizenship as the document states it; "stateless" for a stateless person. */
  readonly citizenship: string;
  readonly documentNumber: string;
}

export type Applicant = PersonApplicant | OrganisationApplicant | ForeignPersonApplicant;

export interface PowerOfAttorney {
  readonly number: string;
  readonly date: IsoDate;
}

/** Someone acting for the recipient under a power of attorney (сенімхат). */
export interface Representative {
  readonly fullName: string;
  readonly iin: string;
  readonly powerOfAttorney: PowerOfAttorney;
}

/** Who acted: a user of the provider in one of the regulation's roles. */
export interface Actor {
  readonly userId: string;
  readonly role: Role;
}

export interface OpenStep {
  readonly code: StepCode;
  readonly holder: Actor;
  readonly startedAt: Instant;
  readonly dueAt: Instant;
  readonly limit: Limit;
}

export interface ClosedStep {
  readonly code: StepCode;
  readonly startedAt: Instant;
  readonly dueAt: Instant;
  readonly closedAt: Instant;
  readonly late: boolean;
}

/** The result the officer prepares: a positive result with its fields, or a reasoned refusal. */
export interface DraftResult {
  readonly kind: ResultKind;
  readonly fields: Readonly<Record<string, string>>;
  /** Codes from the service's §10 list; only for a reasoned refusal. */
  readonly grounds: readonly string[];
}

export interface Receipt {
  readonly incomingNumber: string;
  readonly acceptedAt: Instant;
  readonly clerkId: string;
  /** When the result is due to be handed over, counting every step's limit from acceptance. */
  readonly termDueAt: Instant;
}

export type CaseStatus = StepCode | 'closed';

export type Outcome =
  | { readonly kind: 'intake-refused'; readonly at: Instant }
  | { readonly kind: 'issued'; readonly resultKind: ResultKind; readonly at: Instant };

export interface Handover {
  readonly to: 'recipient' | 'attorney';
  readonly receivedBy: string;
  readonly powerOfAttorney: PowerOfAttorney | null;
}

/** Everything known about a case, folded from its events. */
export interface CaseState {
  readonly id: string;
  readonly serviceCode: string;
  readonly versionId: string;
  readonly providerCode: string;
  readonly status: CaseStatus;
  readonly applicant: Applicant;
  readonly representative: Representative | null;
  readonly registeredAt: Instant;
  readonly registeredBy: string;
  readonly documentsPresented: readonly string[];
  readonly receipt: Receipt | null;
  readonly headId: string | null;
  readonly officerId: string | null;
  readonly draft: DraftResult | null;
  readonly draftSubmitted: boolean;
  readonly returns: number;
  readonly step: OpenStep | null;
  readonly closedSteps: readonly ClosedStep[];
  readonly outcome: Outcome | null;
  /** Number of events folded so far; the store's optimistic-concurrency version. */
  readonly revision: number;
}
