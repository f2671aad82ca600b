import type { WorkingTime } from '../../src/application/working-time.js';
import type { CaseEvent } from '../../src/domain/case/index.js';
import { CLERK, EngineHarness, HEAD, OFFICER, OFFICER_2, version2016 } from '../support/engine.js';
import { ATTORNEY, POSITIVE_DRAFT, REASONED_REFUSAL } from '../support/fixtures.js';

/**
 * The stories whose histories are recorded in `recorded/`: one per service and outcome, each a
 * sequence of commands at fixed local times. Recording runs them once through the engine;
 * the replay test checks that the engine still decides exactly the recorded events.
 */
export const STORIES: Readonly<Record<string, (time: WorkingTime) => CaseEvent[]>> = {
  'premises-decision-with-rework': (time) => {
    const h = new EngineHarness(version2016('religious-literature-premises'), time);
    const draft = POSITIVE_DRAFT['religious-literature-premises'];

    h.register('2019-03-04 09:00');
    h.run(
      { type: 'accept', incomingNumber: 'ДІБ-2019-00001', head: HEAD },
      CLERK,
      '2019-03-04 09:12',
    );
    h.run({ type: 'forward', officer: OFFICER }, HEAD, '2019-03-04 11:20');
    h.run({ type: 'save-draft', draft }, OFFICER, '2019-03-07 15:00');
    h.run({ type: 'submit-draft', draft: null }, OFFICER, '2019-03-14 10:30');
    h.run({ type: 'return-draft', comment: 'Алаңын тексеріңіз' }, HEAD, '2019-03-14 16:00');
    h.run({ type: 'submit-draft', draft }, OFFICER, '2019-03-15 11:00');
    h.run({ type: 'sign', clerk: null }, HEAD, '2019-03-15 17:00');
    h.run(
      { type: 'issue', to: 'recipient', receivedBy: 'Ахметов Б.', powerOfAttorney: null },
      CLERK,
      '2019-03-18 10:00',
    );

    return h.history;
  },
  'late-letter-to-attorney': (time) => {
    const h = new EngineHarness(version2016('religious-event-premises'), time);

    h.register('2019-03-18 11:00');
    h.run(
      { type: 'accept', incomingNumber: 'ДІБ-2019-00002', head: HEAD },
      CLERK,
      '2019-03-18 11:25',
    );
    h.run({ type: 'forward', officer: OFFICER_2 }, HEAD, '2019-03-19 09:40');
    h.run(
      { type: 'submit-draft', draft: POSITIVE_DRAFT['religious-event-premises'] },
      OFFICER_2,
      '2019-04-17 11:00',
    );
    h.run({ type: 'sign', clerk: null }, HEAD, '2019-04-17 15:00');
    h.run(
      {
        type: 'issue',
        to: 'attorney',
        receivedBy: ATTORNEY.fullName,
        powerOfAttorney: ATTORNEY.powerOfAttorney,
      },
      CLERK,
      '2019-04-18 10:00',
    );

    return h.history;
  },
  'refused-intake': (time) => {
    const h = new EngineHarness(version2016('missionary-registration'), time);

    h.register('2019-04-18 11:00', ['application', 'identity-document']);
    h.run(
      {
        type: 'refuse-intake',
        missing: ['association-mandate', 'religious-materials'],
        reason: 'Ұсынылмаған',
      },
      CLERK,
      '2019-04-18 11:15',
    );

    return h.history;
  },
  'reasoned-refusal': (time) => {
    const h = new EngineHarness(version2016('missionary-registration'), time);

    h.register('2019-04-22 09:30', ['application']);
    h.run(
      {
        type: 'check-documents',
        presented: [
          'application',
          'identity-document',
          'association-mandate',
          'religious-materials',
        ],
      },
      CLERK,
      '2019-04-22 09:40',
    );
    h.run(
      { type: 'accept', incomingNumber: 'ДІБ-2019-00003', head: HEAD },
      CLERK,
      '2019-04-22 09:50',
    );
    h.run({ type: 'forward', officer: OFFICER }, HEAD, '2019-04-22 14:00');
    h.run({ type: 'submit-draft', draft: REASONED_REFUSAL }, OFFICER, '2019-05-08 11:00');
    h.run({ type: 'sign', clerk: null }, HEAD, '2019-05-08 16:00');
    h.run(
      { type: 'issue', to: 'recipient', receivedBy: 'Ivanov P.', powerOfAttorney: null },
      CLERK,
      '2019-05-13 10:00',
    );

    return h.history;
  },
};
