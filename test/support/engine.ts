import { loadSeedCatalogue } from '../../src/adapters/files/seed-catalogue.js';
import type { WorkingTime } from '../../src/application/working-time.js';
import {
  decide,
  decideRegistration,
  evolve,
  type Actor,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  type DecisionContext,
} from '../../src/domain/case/index.js';
import type { ServiceVersion } from '../../src/domain/regulation/types.js';
import { isRejection, type Rejection } from '../../src/domain/shared/errors.js';
import { atyrau } from './calendar.js';
import { COMPLETE_DOCUMENTS, PERSON, POSITIVE_DRAFT, type ServiceCode } from './fixtures.js';

export const CLERK: Actor = { userId: 'clerk-1', role: 'clerk' };
export const CLERK_2: Actor = { userId: 'clerk-2', role: 'clerk' };
export const HEAD: Actor = { userId: 'head-1', role: 'head' };
export const HEAD_2: Actor = { userId: 'head-2', role: 'head' };
export const OFFICER: Actor = { userId: 'officer-1', role: 'officer' };
export const OFFICER_2: Actor = { userId: 'officer-2', role: 'officer' };

/** The version of a service in force in March 2019 (as amended in 2016). */
export function version2016(service: ServiceCode): ServiceVersion {
  const found = loadSeedCatalogue()
    .services.find((s) => s.code === service)
    ?.versions.find((v) => v.id === `${service}@2016`);

  if (found === undefined) throw new Error(`no 2016 version of ${service}`);

  return found;
}

/**
 * Drives the pure engine the way the application does, without a store: each call decides at
 * the given local time and folds the events into the case.
 */
export class EngineHarness {
  state: CaseState | null = null;
  readonly history: CaseEvent[] = [];

  constructor(
    readonly version: ServiceVersion,
    readonly time: WorkingTime,
  ) {}

  context(actor: Actor, local: string): DecisionContext {
    return {
      now: atyrau(local),
      actor,
      version: this.version,
      deadline: (from, limit) => this.time.deadline(from, limit),
      localDate: (at) => this.time.localDate(at),
    };
  }

  register(local: string, documents = COMPLETE_DOCUMENTS[this.code()], actor = CLERK) {
    const out = decideRegistration(
      {
        type: 'register',
        caseId: 'case-1',
        applicant: PERSON,
        representative: null,
        documentsPresented: documents,
      },
      this.context(actor, local),
    );

    return this.apply(out);
  }

  /** Decides a command; on success folds it into the case, on rejection leaves the case alone. */
  run(command: CaseCommand, actor: Actor, local: string): CaseEvent[] | Rejection {
    return this.apply(decide(this.state!, command, this.context(actor, local)));
  }

  private apply(out: CaseEvent[] | Rejection): CaseEvent[] | Rejection {
    if (isRejection(out)) return out;

    this.state = out.reduce<CaseState | null>(evolve, this.state);
    this.history.push(...out);

    return out;
  }

  code(): ServiceCode {
    return this.version.serviceCode as ServiceCode;
  }
}

/** The command that moves a case out of each step in the ordinary way. */
export function happyCommand(step: CaseState['status'], service: ServiceCode): CaseCommand {
  switch (step) {
    case 'intake':
      return { type: 'accept', incomingNumber: 'ДІБ-2019-00001', head: HEAD };
    case 'routing':
      return { type: 'forward', officer: OFFICER };
    case 'execution':
      return { type: 'submit-draft', draft: POSITIVE_DRAFT[service] };
    case 'signing':
      return { type: 'sign', clerk: null };
    case 'issuance':
      return { type: 'issue', to: 'recipient', receivedBy: 'Жұмабаева Г.', powerOfAttorney: null };
    case 'closed':
      throw new Error('a closed case has no next step');
  }
}

export const HOLDER: Readonly<Record<Exclude<CaseState['status'], 'closed'>, Actor>> = {
  intake: CLERK,
  routing: HEAD,
  execution: OFFICER,
  signing: HEAD,
  issuance: CLERK,
};
