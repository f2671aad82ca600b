import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkingTime } from '../../src/application/working-time.js';
import type { Actor, CaseCommand, CaseState } from '../../src/domain/case/index.js';
import { isRejection } from '../../src/domain/shared/errors.js';
import { shippedWorkingTime } from '../support/calendar.js';
import {
  CLERK,
  CLERK_2,
  EngineHarness,
  HEAD,
  HEAD_2,
  happyCommand,
  HOLDER,
  OFFICER,
  OFFICER_2,
  version2016,
} from '../support/engine.js';
import { POSITIVE_DRAFT, SERVICE_CODES, type ServiceCode } from '../support/fixtures.js';

type Situation =
  | 'intake'
  | 'intake-incomplete'
  | 'routing'
  | 'execution'
  | 'signing'
  | 'issuance'
  | 'issued'
  | 'refused';

const SITUATIONS: readonly Situation[] = [
  'intake',
  'intake-incomplete',
  'routing',
  'execution',
  'signing',
  'issuance',
  'issued',
  'refused',
];

/** One command of each type, valid in its own step. */
function commands(service: ServiceCode): Record<CaseCommand['type'], CaseCommand> {
  return {
    'check-documents': { type: 'check-documents', presented: ['application'] },
    accept: happyCommand('intake', service),
    'refuse-intake': { type: 'refuse-intake', missing: ['identity-document'], reason: 'жоқ' },
    forward: happyCommand('routing', service),
    'save-draft': { type: 'save-draft', draft: POSITIVE_DRAFT[service] },
    'submit-draft': happyCommand('execution', service),
    'return-draft': { type: 'return-draft', comment: 'пысықтаңыз' },
    sign: happyCommand('signing', service),
    issue: happyCommand('issuance', service),
  };
}

/** The legal moves of the procedure (§5 of each regulation): event and the status after it. */
const LEGAL: Readonly<Record<string, readonly [string, CaseState['status']]>> = {
  'intake/check-documents': ['DocumentsChecked', 'intake'],
  'intake/accept': ['ApplicationAccepted', 'routing'],
  'intake/refuse-intake': ['IntakeRefused', 'closed'],
  'routing/forward': ['CaseForwarded', 'execution'],
  'execution/save-draft': ['DraftSaved', 'execution'],
  'execution/submit-draft': ['DraftSubmitted', 'signing'],
  'signing/sign': ['ResultSigned', 'issuance'],
  'signing/return-draft': ['DraftReturned', 'execution'],
  'issuance/issue': ['ResultIssued', 'closed'],
};

const ACTORS: readonly Actor[] = [CLERK, CLERK_2, HEAD, HEAD_2, OFFICER, OFFICER_2];

let time: WorkingTime;

beforeAll(async () => {
  time = await shippedWorkingTime();
});

/** Brings a fresh case of the service to a situation the ordinary way. */
function caseIn(service: ServiceCode, situation: Situation): EngineHarness {
  const h = new EngineHarness(version2016(service), time);
  const steps = ['intake', 'routing', 'execution', 'signing', 'issuance'] as const;

  h.register('2019-03-04 09:00');
  if (situation === 'intake-incomplete') {
    h.run({ type: 'check-documents', presented: ['application'] }, CLERK, '2019-03-04 09:05');

    return h;
  }
  if (situation === 'refused') {
    h.run({ type: 'check-documents', presented: ['application'] }, CLERK, '2019-03-04 09:05');
    h.run(
      { type: 'refuse-intake', missing: ['identity-document'], reason: 'жоқ' },
      CLERK,
      '2019-03-04 09:10',
    );

    return h;
  }

  const stop = situation === 'issued' ? steps.length : steps.indexOf(situation);

  steps.slice(0, stop).forEach((step, i) => {
    h.run(happyCommand(step, service), HOLDER[step], `2019-03-0${5 + i} 10:00`);
  });

  return h;
}

/**
 * What the engine must answer, from the regulation's rules in the order they apply: a closed
 * case takes nothing; a command must fit the step; the step's role and then its holder act; and
 * at intake the documents decide between accepting and refusing (§5 item 1).
 */
function expected(situation: Situation, command: CaseCommand['type'], actor: Actor) {
  if (situation === 'issued' || situation === 'refused') return { rejected: 'CASE_CLOSED' };

  const step = situation === 'intake-incomplete' ? 'intake' : situation;
  const legal = LEGAL[`${step}/${command}`];
  const holder = HOLDER[step];

  if (legal === undefined) return { rejected: 'STEP_MISMATCH' };
  if (actor.role !== holder.role) return { rejected: 'WRONG_ROLE' };
  if (actor.userId !== holder.userId) return { rejected: 'NOT_HOLDER' };
  if (situation === 'intake' && command === 'refuse-intake') {
    return { rejected: 'INTAKE_REFUSAL_UNFOUNDED' };
  }
  if (situation === 'intake-incomplete' && command === 'accept') {
    return { rejected: 'DOCUMENTS_INCOMPLETE' };
  }

  return { event: legal[0], status: legal[1] };
}

describe.each(SERVICE_CODES)('every transition of %s', (service) => {
  const cases = SITUATIONS.flatMap((situation) =>
    Object.keys(commands(service)).flatMap((command) =>
      ACTORS.map((actor) => [situation, command, actor.userId, actor] as const),
    ),
  );

  it.each(cases)('in %s, %s by %s', (situation, command, _name, actor) => {
    const h = caseIn(service, situation);
    const before = structuredClone(h.state);
    const out = h.run(commands(service)[command as CaseCommand['type']], actor, '2019-03-12 10:00');
    const want = expected(situation, command as CaseCommand['type'], actor);

    if ('rejected' in want) {
      expect(isRejection(out) ? out.code : 'accepted').toBe(want.rejected);
      expect(h.state).toEqual(before);
    } else {
      expect(isRejection(out) ? out.code : out.map((e) => e.type)).toEqual([want.event]);
      expect(h.state?.status).toBe(want.status);
      expect(h.state?.revision).toBe(before!.revision + 1);
    }
  });

  it('covers all 9 commands in all 8 situations by all 6 actors', () => {
    expect(cases.length).toBe(8 * 9 * 6);
  });
});
