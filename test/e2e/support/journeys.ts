import type { ServiceJourney } from './journey.js';

/** The three services in Kazakh: a person, an organisation with an attorney, a missionary. */
export const KAZAKH_JOURNEYS: readonly ServiceJourney[] = [
  {
    service: 'religious-literature-premises',
    applicant: { kind: 'person', number: '850615300129', names: ['Омаров', 'Нұрлан', 'Серікұлы'] },
    draft: {
      address: 'Атырау қ., Абай көшесі, 10',
      owner: '«Кітап әлемі» ЖШС',
      areaSqm: '42,5',
      purpose: 'Діни әдебиет дүкені',
    },
    stored: {
      address: 'Атырау қ., Абай көшесі, 10',
      owner: '«Кітап әлемі» ЖШС',
      areaSqm: '42.5',
      purpose: 'Діни әдебиет дүкені',
    },
  },
  {
    service: 'religious-event-premises',
    applicant: { kind: 'organisation', number: '150340001236', names: ['«Нұр» діни бірлестігі'] },
    attorney: {
      fullName: 'Жақсыбеков Арман Қайратұлы',
      iin: '900101300007',
      poaNumber: '17-С',
      poaDate: '2019-03-01',
    },
    draft: {
      address: 'Атырау қ., Сәтпаев даңғылы, 5',
      owner: '«Жайық» мәдениет үйі',
      eventName: 'Наурыз мерекесіне арналған жиын',
      eventStart: '2019-04-10',
      eventEnd: '2019-04-12',
      participants: '150',
    },
  },
  {
    service: 'missionary-registration',
    applicant: {
      kind: 'person',
      number: '770312401238',
      names: ['Әбілова', 'Гүлнар', 'Маратқызы'],
    },
    draft: {
      missionaryName: 'Әбілова Гүлнар Маратқызы',
      birthDate: '1977-03-12',
      citizenship: 'Қазақстан Республикасы',
      identityDocument: 'Жеке куәлік № 012345678',
      association: '«Ақ жол» діни бірлестігі',
      territory: 'Атырау облысы',
      validFrom: '2019-04-01',
      validTo: '2020-03-31',
    },
  },
];

/** The same services in Russian, with other applicants and the other officer. */
export const RUSSIAN_JOURNEYS: readonly ServiceJourney[] = [
  {
    service: 'religious-literature-premises',
    applicant: { kind: 'organisation', number: '981240004560', names: ['ТОО «Светлая книга»'] },
    draft: {
      address: 'г. Атырау, ул. Махамбета, 12',
      owner: 'ТОО «Светлая книга»',
      areaSqm: '35',
      purpose: 'Магазин религиозной литературы',
    },
  },
  {
    service: 'religious-event-premises',
    applicant: { kind: 'person', number: '921111402348', names: ['Иванова', 'Мария', 'Петровна'] },
    draft: {
      address: 'г. Атырау, пр. Азаттык, 3',
      owner: 'ГККП «Дворец культуры»',
      eventName: 'Пасхальное собрание',
      eventStart: '2019-04-27',
      eventEnd: '2019-04-28',
      participants: '80',
    },
  },
  {
    service: 'missionary-registration',
    applicant: { kind: 'person', number: '680202303459', names: ['Смирнов', 'Олег', 'Иванович'] },
    attorney: {
      fullName: 'Ким Виктор Сергеевич',
      iin: '010203504566',
      poaNumber: '245',
      poaDate: '2019-02-20',
    },
    draft: {
      missionaryName: 'Смирнов Олег Иванович',
      birthDate: '1968-02-02',
      citizenship: 'Российская Федерация',
      identityDocument: 'Паспорт № 7201 123456',
      association: 'Местная религиозная организация «Благая весть»',
      territory: 'г. Атырау',
      validFrom: '2019-04-01',
      validTo: '2020-03-31',
    },
  },
];
