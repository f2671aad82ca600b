import type { Applicant, DraftResult, Representative } from '../../src/domain/case/index.js';

/** Invented people and organisations; every IIN and BIN carries a valid check digit. */
export const PERSON: Applicant = {
  kind: 'person',
  iin: '850715401236',
  surname: 'Жұмабаева',
  givenName: 'Гүлнар',
  patronymic: 'Ерланқызы',
};

export const ORGANISATION: Applicant = {
  kind: 'organisation',
  bin: '150340001236',
  name: '«Нұр-Сенім» діни бірлестігі',
};

/** A missionary sent from abroad: no IIN, a passport instead. */
export const FOREIGNER: Applicant = {
  kind: 'foreign-person',
  surname: 'Novak',
  givenName: 'Jan',
  citizenship: 'Чехия',
  documentNumber: '45 1234567',
};

export const ATTORNEY: Representative = {
  fullName: 'Серікбаев Арман Қайратұлы',
  iin: '921122304566',
  powerOfAttorney: { number: '0412', date: '2019-02-20' },
};

/** The same IIN as PERSON with its last digit changed: the check digit no longer matches. */
export const BAD_CHECKSUM_IIN = '850715401237';

export type ServiceCode =
  'religious-literature-premises' | 'religious-event-premises' | 'missionary-registration';

export const SERVICE_CODES: readonly ServiceCode[] = [
  'religious-literature-premises',
  'religious-event-premises',
  'missionary-registration',
];

/** Every required document of each service's list. */
export const COMPLETE_DOCUMENTS: Readonly<Record<ServiceCode, readonly string[]>> = {
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

/** A whole positive result for each service. */
export const POSITIVE_DRAFT: Readonly<Record<ServiceCode, DraftResult>> = {
  'religious-literature-premises': {
    kind: 'premises-decision',
    fields: { address: 'Атырау қ., Абай к-сі, 12', owner: 'ДБ', areaSqm: '48', purpose: 'дүкен' },
    grounds: [],
  },
  'religious-event-premises': {
    kind: 'letter-of-agreement',
    fields: {
      address: 'Атырау қ., Сәтпаев к-сі, 5',
      owner: 'ЖШС',
      eventName: 'Жиын',
      eventStart: '2019-05-10',
      eventEnd: '2019-05-11',
    },
    grounds: [],
  },
  'missionary-registration': {
    kind: 'missionary-certificate',
    fields: {
      missionaryName: 'Ivanov Pavel',
      birthDate: '1978-03-03',
      citizenship: 'RU',
      identityDocument: 'паспорт 7201 123456',
      association: '«Нұр-Сенім» ДБ',
      territory: 'Атырау облысы',
      validFrom: '2019-04-01',
      validTo: '2020-03-31',
    },
    grounds: [],
  },
};

export const REASONED_REFUSAL: DraftResult = {
  kind: 'reasoned-refusal',
  fields: { reasoning: 'Сараптама қорытындысы теріс' },
  grounds: ['false-information'],
};
