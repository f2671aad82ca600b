import type { CaseDetail } from '../../../application/cases/get-case.js';
import type { ManualClock } from '../../../adapters/clock/clocks.js';
import type { ApiClient } from './api-client.js';

/** The demo office's staff, each signed in through their own client. */
export interface Staff {
  readonly clerk: ApiClient;
  readonly head: ApiClient;
  readonly officer1: ApiClient;
  readonly officer2: ApiClient;
  readonly officerIds: { readonly officer1: string; readonly officer2: string };
}

export interface DemoCase {
  readonly title: string;
  readonly detail: CaseDetail;
}

/** Moves the office clock to a local Atyrau time such as `2019-03-04 09:12`. */
function at(clock: ManualClock, local: string): void {
  clock.set(Date.parse(`${local.replace(' ', 'T')}:00+05:00`));
}

/** Invented applicants; IINs and BINs carry valid check digits, the foreigner a passport. */
const PEOPLE = {
  association: { kind: 'organisation', bin: '150340001236', name: '«Нұр-Сенім» діни бірлестігі' },
  organiser: { kind: 'person', iin: '850715401236', surname: 'Жұмабаева', givenName: 'Гүлнар' },
  attorney: {
    fullName: 'Серікбаев Арман Қайратұлы',
    iin: '921122304566',
    powerOfAttorney: { number: '0412', date: '2019-02-20' },
  },
  missionary: {
    kind: 'foreign-person',
    surname: 'Ivanov',
    givenName: 'Pavel',
    citizenship: 'Ресей Федерациясы',
    documentNumber: '72 1234567',
  },
} as const;

const ALL_DOCS = {
  'religious-literature-premises': ['application', 'identity-document', 'premises-right'],
  'religious-event-premises': [
    'application',
    'identity-document',
    'premises-right',
    'event-description',
  ],
  'missionary-registration': [
    'application',
    'identity-document',
    'association-mandate',
    'religious-materials',
  ],
};

/**
 * The demo's story, on a hand-moved clock: a decision approved after one return for rework, a
 * letter of agreement handed to an attorney after a late draft, a refusal to accept incomplete
 * documents, and a reasoned refusal of a missionary registration.
 */
export async function runScenario(staff: Staff, clock: ManualClock): Promise<DemoCase[]> {
  return [
    await literaturePremises(staff, clock),
    await eventPremises(staff, clock),
    await refusedIntake(staff, clock),
    await missionaryRefusal(staff, clock),
  ];
}

async function register(
  staff: Staff,
  serviceCode: keyof typeof ALL_DOCS,
  applicant: object,
  extra = {},
) {
  return staff.clerk.post('/cases', {
    serviceCode,
    applicant,
    documentsPresented: ALL_DOCS[serviceCode],
    ...extra,
  });
}

async function literaturePremises(staff: Staff, clock: ManualClock): Promise<DemoCase> {
  at(clock, '2019-03-04 09:00');

  const c = await register(staff, 'religious-literature-premises', PEOPLE.association);
  const id = c.case.id;
  const decision = {
    kind: 'premises-decision',
    fields: {
      address: 'Атырау қ., Абай к-сі, 12',
      owner: '«Нұр-Сенім» ДБ',
      areaSqm: '48',
      purpose: 'Діни әдебиет дүкені',
    },
    grounds: [],
  };

  at(clock, '2019-03-04 09:12');
  await staff.clerk.post(`/cases/${id}/accept`, {});
  at(clock, '2019-03-04 11:20');
  await staff.head.post(`/cases/${id}/forward`, { officerId: staff.officerIds.officer1 });
  at(clock, '2019-03-07 15:00');
  await staff.officer1.post(`/cases/${id}/save-draft`, {
    draft: { ...decision, fields: { address: decision.fields.address } },
  });
  at(clock, '2019-03-14 10:30');
  await staff.officer1.post(`/cases/${id}/submit-draft`, { draft: decision });
  at(clock, '2019-03-14 16:00');
  await staff.head.post(`/cases/${id}/return-draft`, {
    comment: 'Үй-жайдың алаңын техникалық паспортпен салыстырыңыз',
  });
  at(clock, '2019-03-15 11:00');
  await staff.officer1.post(`/cases/${id}/submit-draft`, {
    draft: { ...decision, fields: { ...decision.fields, areaSqm: '46.5' } },
  });
  at(clock, '2019-03-15 17:00');
  await staff.head.post(`/cases/${id}/sign`, {});
  at(clock, '2019-03-18 10:00');

  const detail = await staff.clerk.post(`/cases/${id}/issue`, {
    to: 'recipient',
    receivedBy: 'Ахметов Б.',
  });

  return { title: 'religious-literature-premises', detail };
}

async function eventPremises(staff: Staff, clock: ManualClock): Promise<DemoCase> {
  at(clock, '2019-03-18 11:00');

  const c = await register(staff, 'religious-event-premises', PEOPLE.organiser, {
    representative: PEOPLE.attorney,
  });
  const id = c.case.id;

  at(clock, '2019-03-18 11:25');
  await staff.clerk.post(`/cases/${id}/accept`, {});
  at(clock, '2019-03-19 09:40');
  await staff.head.post(`/cases/${id}/forward`, { officerId: staff.officerIds.officer2 });
  at(clock, '2019-04-17 11:00');
  await staff.officer2.post(`/cases/${id}/submit-draft`, {
    draft: {
      kind: 'letter-of-agreement',
      fields: {
        address: 'Атырау қ., Сәтпаев к-сі, 5',
        owner: '«Атырау-Сервис» ЖШС',
        eventName: 'Жыл сайынғы діни жиын',
        eventStart: '2019-05-10',
        eventEnd: '2019-05-11',
        participants: '120',
      },
      grounds: [],
    },
  });
  at(clock, '2019-04-17 15:00');
  await staff.head.post(`/cases/${id}/sign`, {});
  at(clock, '2019-04-18 10:00');

  const detail = await staff.clerk.post(`/cases/${id}/issue`, {
    to: 'attorney',
    receivedBy: PEOPLE.attorney.fullName,
    powerOfAttorney: PEOPLE.attorney.powerOfAttorney,
  });

  return { title: 'religious-event-premises', detail };
}

async function refusedIntake(staff: Staff, clock: ManualClock): Promise<DemoCase> {
  at(clock, '2019-04-18 11:00');

  const c = await staff.clerk.post('/cases', {
    serviceCode: 'missionary-registration',
    applicant: PEOPLE.missionary,
    documentsPresented: ['application', 'identity-document'],
  });

  at(clock, '2019-04-18 11:15');

  const detail = await staff.clerk.post(`/cases/${c.case.id}/refuse-intake`, {
    missing: ['association-mandate', 'religious-materials'],
    reason: 'Діни бірлестіктің өкілеттігі мен діни материалдар ұсынылмаған',
  });

  return { title: 'missionary-registration (refused intake)', detail };
}

async function missionaryRefusal(staff: Staff, clock: ManualClock): Promise<DemoCase> {
  at(clock, '2019-04-22 09:30');

  const c = await register(staff, 'missionary-registration', PEOPLE.missionary);
  const id = c.case.id;

  at(clock, '2019-04-22 09:50');
  await staff.clerk.post(`/cases/${id}/accept`, {});
  at(clock, '2019-04-22 14:00');
  await staff.head.post(`/cases/${id}/forward`, { officerId: staff.officerIds.officer1 });
  at(clock, '2019-05-08 11:00');
  await staff.officer1.post(`/cases/${id}/submit-draft`, {
    draft: {
      kind: 'reasoned-refusal',
      fields: { reasoning: 'Дінтану сараптамасының 2019 жылғы қорытындысы теріс' },
      grounds: ['negative-expert-opinion'],
    },
  });
  at(clock, '2019-05-08 16:00');
  await staff.head.post(`/cases/${id}/sign`, {});
  at(clock, '2019-05-13 10:00');

  const detail = await staff.clerk.post(`/cases/${id}/issue`, {
    to: 'recipient',
    receivedBy: 'Ivanov P.',
  });

  return { title: 'missionary-registration (reasoned refusal)', detail };
}
