import type { IsoDate, Limit } from '../shared/time.js';
import type { Localized, Source } from '../shared/text.js';

/** The three roles of the provider's staff that the regulations name (§6 of each regulation). */
export type Role = 'clerk' | 'head' | 'officer';

export const ROLES: readonly Role[] = ['clerk', 'head', 'officer'];

/** The procedure's steps in the order of §5 of each regulation. */
export type StepCode = 'intake' | 'routing' | 'execution' | 'signing' | 'issuance';

export const STEP_CODES: readonly StepCode[] = [
  'intake',
  'routing',
  'execution',
  'signing',
  'issuance',
];

/** A pointer into the act: appendix (= regulation number), paragraph, item, part. */
export interface Citation {
  readonly appendix: number;
  readonly paragraph: number;
  readonly item?: number;
  /** The n-th paragraph (абзац) inside the item, where the item has more than one. */
  readonly part?: number;
}

export interface StepDefinition {
  readonly code: StepCode;
  readonly order: number;
  readonly role: Role;
  /** A short name of the step for screens and tables. */
  readonly summary: Localized;
  /** The step as the act words it (Kazakh is the act's own text). */
  readonly action: Localized;
  /** What the step hands on, and to which role (chapter 3 and appendix 1 of the regulation). */
  readonly handsTo: Role | 'recipient';
  readonly limit: Limit;
  readonly cites: Citation;
}

/** A branch that ends the procedure early, such as the refusal to accept at step 1. */
export interface BranchDefinition {
  readonly code: 'intake-refusal';
  readonly fromStep: StepCode;
  readonly role: Role;
  readonly summary: Localized;
  readonly action: Localized;
  readonly limit: Limit;
  readonly cites: Citation;
}

export type ResultKind =
  'premises-decision' | 'letter-of-agreement' | 'missionary-certificate' | 'reasoned-refusal';

/** A field the officer fills in when preparing a result of a given kind. */
export interface ResultField {
  readonly code: string;
  readonly label: Localized;
  readonly type: 'text' | 'date' | 'number' | 'iin';
  readonly required: boolean;
}

export interface ResultDefinition {
  readonly kind: ResultKind;
  readonly title: Localized;
  readonly cites: Citation;
  readonly fields: readonly ResultField[];
  /** Pairs of date fields where the first may not be later than the second. */
  readonly dateOrder: readonly (readonly [string, string])[];
}

/** An item of the Standard's §9 list, checked by the clerk at intake. */
export interface RequiredDocument {
  readonly code: string;
  readonly title: Localized;
  readonly required: boolean;
  readonly source: Source;
}

/** An item of the Standard's §10 list, cited by a reasoned refusal. */
export interface RefusalGround {
  readonly code: string;
  readonly title: Localized;
  readonly source: Source;
}

/** A reference to a legal act: "resolution No. 55 of 2016-03-18". */
export interface ActReference {
  readonly issuer: Localized;
  readonly kind: Localized;
  readonly number: string;
  readonly date: IsoDate;
}

export interface Provider {
  readonly code: string;
  readonly name: Localized;
  /** Prefix of incoming numbers, unique per provider and year. */
  readonly registryPrefix: string;
}

/**
 * One version of one service's regulation: everything the engine needs to run a case, valid
 * for acceptance dates in [validFrom, validTo] (both inclusive; validTo null = open-ended).
 */
export interface ServiceVersion {
  readonly id: string;
  readonly serviceCode: string;
  readonly label: Localized;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
  readonly validitySource: Source;
  /** The act that ended this version, named when an application comes in after validTo. */
  readonly endedBy: ActReference | null;
  readonly basis: readonly ActReference[];
  /** Whether the wording is the act's own or stands in for a wording the seed lacks. */
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
  /** Which paragraphs this version's wording changed, as the register's notes say. */
  readonly changes: readonly Citation[];
}

/** A service of the catalogue with all its versions, oldest first. */
export interface Service {
  readonly code: string;
  readonly appendix: number;
  readonly title: Localized;
  readonly versions: readonly ServiceVersion[];
}

/** A step of an act's life: adoption, an amendment, the repeal. */
export interface ActEvent {
  readonly event: 'adopted' | 'amended' | 'repealed';
  readonly act: ActReference;
  readonly publishedOn: IsoDate;
  readonly publicationSource: Source;
  /** "In force ten calendar days after the first official publication". */
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
  /** Which events bound each version: version `2016` runs from `amended` to `repealed`. */
  readonly spans: readonly VersionSpan[];
}

export interface VersionSpan {
  readonly code: string;
  readonly from: ActEvent['event'];
  readonly to: ActEvent['event'] | null;
}
