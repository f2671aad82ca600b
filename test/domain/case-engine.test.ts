import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkingTime } from '../../src/application/working-time.js';
import {
  decideRegistration,
  replay,
  type ApplicationRegistered,
} from '../../src/domain/case/index.js';
import { isRejection } from '../../src/domain/shared/errors.js';
import { atyrau, shippedWorkingTime } from '../support/calendar.js';
import {
  CLERK,
  EngineHarness,
  HEAD,
  happyCommand,
  HOLDER,
  OFFICER,
  version2016,
} from '../support/engine.js';
import {
  ATTORNEY,
  BAD_CHECKSUM_IIN,
  FOREIGNER,
  ORGANISATION,
  PERSON,
  POSITIVE_DRAFT,
  REASONED_REFUSAL,
  type ServiceCode,
} from '../support/fixtures.js';

let time: WorkingTime;

beforeAll(async () => {
  time = await shippedWorkingTime();
});

const harness = (service: ServiceCode = 'religious-event-premises') =>
  new EngineHarness(version2016(service), time);

describe('registration', () => {
  it('opens the intake step with the clerk and a 30 working-minute deadline', () => {
    const h = harness();
    const [event] = h.register('2019-03-04 18:10') as [unknown];

    expect(event).toEqual({
      type: 'ApplicationRegistered',
      at: atyrau('2019-03-04 18:10'),
      actor: CLERK,
      closes: null,
      opens: {
        code: 'intake',
        holder: CLERK,
        startedAt: atyrau('2019-03-04 18:10'),
        dueAt: atyrau('2019-03-05 09:10'),
        limit: { amount: 30, unit: 'working-minutes' },
      },
      data: {
        caseId: 'case-1',
        serviceCode: 'religious-event-premises',
        versionId: 'religious-event-premises@2016',
        providerCode: 'atyrau-religious-affairs',
        applicant: PERSON,
        representative: null,
        documentsPresented: [
          'application',
          'identity-document',
          'premises-right',
          'event-description',
        ],
      },
    });
  });

  it.each([
    ['a person with a wrong IIN check digit', { ...PERSON, iin: BAD_CHECKSUM_IIN }, 'IIN_CHECKSUM'],
    ['a person with an IIN of 11 digits', { ...PERSON, iin: '85071540123' }, 'IIN_MALFORMED'],
    [
      'an organisation with a wrong BIN check digit',
      { ...ORGANISATION, bin: '150340001237' },
      'BIN_CHECKSUM',
    ],
    ['a person without a surname', { ...PERSON, surname: ' ' }, 'VALIDATION_FAILED'],
  ])('refuses %s', (_name, applicant, code) => {
    const h = harness();
    const out = decideRegistration(
      { type: 'register', caseId: 'c', applicant, representative: null, documentsPresented: [] },
      h.context(CLERK, '2019-03-04 10:00'),
    );

    expect(isRejection(out) && out.code).toBe(code);
  });

  it('refuses a power of attorney dated after today', () => {
    const h = harness();
    const representative = { ...ATTORNEY, powerOfAttorney: { number: '1', date: '2019-03-05' } };
    const out = decideRegistration(
      { type: 'register', caseId: 'c', applicant: PERSON, representative, documentsPresented: [] },
      h.context(CLERK, '2019-03-04 10:00'),
    );

    expect(out).toEqual({
      code: 'DATE_IN_FUTURE',
      details: { field: 'representative.powerOfAttorney.date', notAfter: '2019-03-04' },
    });
  });

  const register = (command: object) =>
    decideRegistration(
      {
        type: 'register',
        caseId: 'c',
        applicant: PERSON,
        representative: null,
        documentsPresented: [],
        ...command,
      },
      harness().context(CLERK, '2019-03-04 10:00'),
    );

  it.each([
    [
      'a surname with a control character',
      { ...PERSON, surname: 'Жұма\u0007баева' },
      'applicant.surname',
      'value',
    ],
    [
      'a surname reversed by a direction mark',
      { ...PERSON, surname: '\u202eавеабамұЖ' },
      'applicant.surname',
      'value',
    ],
    [
      'a surname of invisible characters only',
      { ...PERSON, surname: '\u200b\u200b' },
      'applicant.surname',
      'meaningful',
    ],
    [
      'a name with bytes that were not UTF-8',
      { ...PERSON, givenName: 'Г\ufffdлнар' },
      'applicant.givenName',
      'value',
    ],
  ])('refuses %s', (_name, applicant, field, rule) => {
    expect(register({ applicant })).toEqual({
      code: 'VALIDATION_FAILED',
      details: { field, rule },
    });
  });

  it('registers a foreigner without an IIN by the document presented', () => {
    const out = register({ applicant: FOREIGNER });

    expect(isRejection(out) ? out : out[0]?.data).toMatchObject({ applicant: FOREIGNER });
  });

  it.each([
    ['without citizenship', { citizenship: ' ' }, 'applicant.citizenship', 'required'],
    [
      'with punctuation for citizenship',
      { citizenship: '???' },
      'applicant.citizenship',
      'meaningful',
    ],
    [
      'with a document number of one character',
      { documentNumber: 'X' },
      'applicant.documentNumber',
      'format',
    ],
  ])('refuses a foreigner %s', (_name, change, field, rule) => {
    expect(register({ applicant: { ...FOREIGNER, ...change } })).toEqual({
      code: 'VALIDATION_FAILED',
      details: { field, rule },
    });
  });

  it.each(['KZ', 'Қазақстан Республикасы', '«Республика  Казахстан»', 'Kazakhstan'])(
    'refuses a foreigner whose citizenship is Kazakhstan’s, written %s',
    (citizenship) => {
      expect(register({ applicant: { ...FOREIGNER, citizenship } })).toEqual({
        code: 'CITIZEN_NEEDS_IIN',
        details: { field: 'applicant.citizenship' },
      });
    },
  );

  it('keeps the parties without the spaces around their names and numbers', () => {
    const out = register({
      applicant: {
        ...FOREIGNER,
        surname: ' Novak ',
        citizenship: 'Чехия\t',
        documentNumber: '  45   1234567 ',
      },
      representative: {
        ...ATTORNEY,
        fullName: ` ${ATTORNEY.fullName}  `,
        powerOfAttorney: { ...ATTORNEY.powerOfAttorney, number: ' 0412 ' },
      },
    });
    const data = isRejection(out) ? out : (out[0]?.data as ApplicationRegistered['data']);

    expect(data).toEqual({
      caseId: 'c',
      serviceCode: 'religious-event-premises',
      versionId: 'religious-event-premises@2016',
      providerCode: 'atyrau-religious-affairs',
      applicant: FOREIGNER,
      representative: ATTORNEY,
      documentsPresented: [],
    });
  });

  it('refuses an IIN of someone born after today', () => {
    expect(register({ applicant: { ...PERSON, iin: '200101500003' } })).toEqual({
      code: 'IIN_BIRTH_DATE',
      details: { field: 'applicant.iin' },
    });
  });

  it('refuses applicants as their own representatives, and expired powers of attorney', () => {
    const self = { ...ATTORNEY, iin: '850715401236' };
    const old = { ...ATTORNEY, powerOfAttorney: { number: '7', date: '2016-03-03' } };

    expect([register({ representative: self }), register({ representative: old })]).toEqual([
      { code: 'REPRESENTATIVE_IS_APPLICANT', details: { field: 'representative.iin' } },
      {
        code: 'POWER_OF_ATTORNEY_EXPIRED',
        details: { field: 'representative.powerOfAttorney.date' },
      },
    ]);
  });

  it('refuses a document that is not on the service list, and a head registering', () => {
    const h = harness();

    expect(h.register('2019-03-04 10:00', ['application', 'passport-scan'])).toEqual({
      code: 'DOCUMENT_UNKNOWN',
      details: { document: 'passport-scan' },
    });
    expect(h.register('2019-03-04 10:00', ['application'], HEAD)).toEqual({
      code: 'ROLE_FORBIDDEN',
      details: { role: 'head' },
    });
  });
});

describe('intake', () => {
  it('accepts a complete application, writes the receipt term and routes it to the head', () => {
    const h = harness();

    h.register('2019-03-18 11:00');
    h.run(happyCommand('intake', 'religious-event-premises'), CLERK, '2019-03-18 11:25');

    expect(h.state?.receipt).toEqual({
      incomingNumber: 'ДІБ-2019-00001',
      acceptedAt: atyrau('2019-03-18 11:25'),
      clerkId: CLERK.userId,
      termDueAt: atyrau('2019-04-17 18:30'),
    });
    expect(h.state?.step).toEqual({
      code: 'routing',
      holder: HEAD,
      startedAt: atyrau('2019-03-18 11:25'),
      dueAt: atyrau('2019-03-19 18:30'),
      limit: { amount: 1, unit: 'working-days' },
    });
  });

  it('refuses to accept while required documents are missing, naming them', () => {
    const h = harness();

    h.register('2019-03-04 10:00', ['application']);

    expect(
      h.run(happyCommand('intake', 'religious-event-premises'), CLERK, '2019-03-04 10:10'),
    ).toEqual({
      code: 'DOCUMENTS_INCOMPLETE',
      details: { missing: ['identity-document', 'premises-right', 'event-description'] },
    });
  });

  it('records a reasoned refusal to accept and closes the case', () => {
    const h = harness();

    h.register('2019-03-04 10:00', ['application']);
    h.run(
      { type: 'refuse-intake', missing: ['premises-right'], reason: ' құжат жоқ ' },
      CLERK,
      '2019-03-04 10:40',
    );

    expect(h.state?.outcome).toEqual({ kind: 'intake-refused', at: atyrau('2019-03-04 10:40') });
    expect(h.history.at(-1)?.closes).toEqual({
      code: 'intake',
      startedAt: atyrau('2019-03-04 10:00'),
      dueAt: atyrau('2019-03-04 10:30'),
      closedAt: atyrau('2019-03-04 10:40'),
      late: true,
    });
    expect(h.history.at(-1)?.data).toEqual({ missing: ['premises-right'], reason: 'құжат жоқ' });
  });

  it.each([
    ['names no document', [], 'INTAKE_REFUSAL_UNFOUNDED'],
    ['names a document that was presented', ['application'], 'INTAKE_REFUSAL_UNFOUNDED'],
    ['names only an optional document', [], 'INTAKE_REFUSAL_UNFOUNDED'],
    ['names an unknown document', ['passport-scan'], 'DOCUMENT_UNKNOWN'],
  ])('rejects a refusal that %s', (_name, missing, code) => {
    const h = harness('religious-literature-premises');

    h.register('2019-03-04 10:00', ['application']);

    const out = h.run(
      {
        type: 'refuse-intake',
        missing: missing.length ? missing : _name.includes('optional') ? ['premises-plan'] : [],
        reason: 'x',
      },
      CLERK,
      '2019-03-04 10:05',
    );

    expect(isRejection(out) && out.code).toBe(code);
  });
});

describe('execution and signing', () => {
  function atExecution(service: 'religious-literature-premises' | 'missionary-registration') {
    const h = harness(service);

    h.register('2019-03-04 09:00');
    h.run(happyCommand('intake', service), CLERK, '2019-03-04 09:10');
    h.run(happyCommand('routing', service), HEAD, '2019-03-04 11:00');

    return h;
  }

  it('gives the officer 26 calendar days, ending at closing time of a working day', () => {
    const h = atExecution('missionary-registration');

    expect(h.state?.step?.dueAt).toBe(atyrau('2019-04-01 18:30'));
  });

  it('refuses a reasoned refusal where the regulation names none (regulation 1)', () => {
    const h = atExecution('religious-literature-premises');
    const out = h.run(
      { type: 'submit-draft', draft: REASONED_REFUSAL },
      OFFICER,
      '2019-03-10 10:00',
    );

    expect(out).toEqual({
      code: 'RESULT_KIND_NOT_ALLOWED',
      details: { kind: 'reasoned-refusal', service: 'religious-literature-premises' },
    });
  });

  it.each([
    [
      'a required field is empty',
      { ...POSITIVE_DRAFT['missionary-registration'].fields, territory: '' },
      'RESULT_FIELD_MISSING',
    ],
    [
      'validity ends before it starts',
      { ...POSITIVE_DRAFT['missionary-registration'].fields, validTo: '2019-01-01' },
      'DATE_ORDER',
    ],
    [
      'a date is not a date',
      { ...POSITIVE_DRAFT['missionary-registration'].fields, birthDate: '03.03.1978' },
      'VALIDATION_FAILED',
    ],
  ])('refuses to submit a certificate where %s', (_name, fields, code) => {
    const h = atExecution('missionary-registration');
    const out = h.run(
      { type: 'submit-draft', draft: { kind: 'missionary-certificate', fields, grounds: [] } },
      OFFICER,
      '2019-03-10 10:00',
    );

    expect(isRejection(out) && out.code).toBe(code);
  });

  it.each([
    ['an area of nothing', 'religious-literature-premises', { areaSqm: '0' }, 'VALUE_OUT_OF_RANGE'],
    ['a negative area', 'religious-literature-premises', { areaSqm: '-5' }, 'VALUE_OUT_OF_RANGE'],
    [
      'an area with a decimal comma',
      'religious-literature-premises',
      { areaSqm: '42,5' },
      'VALIDATION_FAILED',
    ],
    [
      'a birth date after today',
      'missionary-registration',
      { birthDate: '2019-03-05' },
      'DATE_IN_FUTURE',
    ],
    [
      'a validity in the year 1',
      'missionary-registration',
      { validFrom: '0001-01-01' },
      'VALUE_OUT_OF_RANGE',
    ],
  ])('refuses a draft with %s', (_name, service, fields, code) => {
    const h = atExecution(service as 'missionary-registration');
    const draft = POSITIVE_DRAFT[service as 'missionary-registration'];
    const out = h.run(
      { type: 'save-draft', draft: { ...draft, fields: { ...draft.fields, ...fields } } },
      OFFICER,
      '2019-03-04 12:00',
    );

    expect(isRejection(out) && out.code).toBe(code);
  });

  it('requires grounds from the service list for a reasoned refusal', () => {
    const h = atExecution('missionary-registration');
    const none = h.run(
      { type: 'submit-draft', draft: { ...REASONED_REFUSAL, grounds: [] } },
      OFFICER,
      '2019-03-10 10:00',
    );
    const unknown = h.run(
      { type: 'submit-draft', draft: { ...REASONED_REFUSAL, grounds: ['dislike'] } },
      OFFICER,
      '2019-03-10 10:00',
    );

    expect([none, unknown]).toEqual([
      { code: 'REFUSAL_GROUND_UNKNOWN', details: { field: 'grounds' } },
      { code: 'REFUSAL_GROUND_UNKNOWN', details: { ground: 'dislike' } },
    ]);
  });

  it('submits the last saved draft when the submission carries none', () => {
    const h = atExecution('missionary-registration');

    expect(h.run({ type: 'submit-draft', draft: null }, OFFICER, '2019-03-10 10:00')).toEqual({
      code: 'NO_DRAFT',
      details: {},
    });
    h.run(
      { type: 'save-draft', draft: POSITIVE_DRAFT['missionary-registration'] },
      OFFICER,
      '2019-03-10 10:00',
    );
    h.run({ type: 'submit-draft', draft: null }, OFFICER, '2019-03-11 10:00');

    expect(h.state?.status).toBe('signing');
    expect(h.state?.draft).toEqual(POSITIVE_DRAFT['missionary-registration']);
  });

  it('keeps the officer’s original deadline when the head returns the draft', () => {
    const h = atExecution('missionary-registration');

    h.run(happyCommand('execution', 'missionary-registration'), OFFICER, '2019-03-20 10:00');
    h.run({ type: 'return-draft', comment: 'пысықтаңыз' }, HEAD, '2019-03-20 15:00');

    expect(h.state?.step).toEqual({
      code: 'execution',
      holder: OFFICER,
      startedAt: atyrau('2019-03-04 11:00'),
      dueAt: atyrau('2019-04-01 18:30'),
      limit: { amount: 26, unit: 'calendar-days' },
    });
    expect(h.state?.returns).toBe(1);
  });

  it('refuses to forward to someone who is not an officer', () => {
    const h = harness();

    h.register('2019-03-04 09:00');
    h.run(happyCommand('intake', 'religious-event-premises'), CLERK, '2019-03-04 09:10');

    expect(h.run({ type: 'forward', officer: CLERK }, HEAD, '2019-03-04 10:00')).toEqual({
      code: 'ASSIGNEE_NOT_OFFICER',
      details: { userId: CLERK.userId },
    });
  });
});

describe('issuance', () => {
  function atIssuance() {
    const h = harness();

    h.register('2019-03-04 09:00');
    (['intake', 'routing', 'execution', 'signing'] as const).forEach((step, i) =>
      h.run(
        happyCommand(step, 'religious-event-premises'),
        HOLDER[step],
        `2019-03-0${5 + i} 10:00`,
      ),
    );

    return h;
  }

  it('hands the result to an attorney, recording the power of attorney', () => {
    const h = atIssuance();

    h.run(
      {
        type: 'issue',
        to: 'attorney',
        receivedBy: ATTORNEY.fullName,
        powerOfAttorney: ATTORNEY.powerOfAttorney,
      },
      CLERK,
      '2019-03-11 10:00',
    );

    expect(h.history.at(-1)?.data).toEqual({
      resultKind: 'letter-of-agreement',
      handover: {
        to: 'attorney',
        receivedBy: ATTORNEY.fullName,
        powerOfAttorney: ATTORNEY.powerOfAttorney,
      },
    });
    expect(h.state?.outcome).toEqual({
      kind: 'issued',
      resultKind: 'letter-of-agreement',
      at: atyrau('2019-03-11 10:00'),
    });
  });

  it('refuses to hand over to an attorney without a power of attorney', () => {
    const h = atIssuance();

    expect(
      h.run(
        { type: 'issue', to: 'attorney', receivedBy: 'A', powerOfAttorney: null },
        CLERK,
        '2019-03-11 10:00',
      ),
    ).toEqual({
      code: 'ATTORNEY_REQUIRED',
      details: {},
    });
  });

  it('marks the late steps in the history and keeps them marked', () => {
    const h = atIssuance();

    h.run(happyCommand('issuance', 'religious-event-premises'), CLERK, '2019-03-12 10:00');

    expect(h.state?.closedSteps.map((s) => [s.code, s.late])).toEqual([
      ['intake', true],
      ['routing', false],
      ['execution', false],
      ['signing', false],
      ['issuance', true],
    ]);
  });
});

describe('replay', () => {
  it('rebuilds exactly the state the decisions produced', () => {
    const h = harness('religious-literature-premises');

    h.register('2019-03-04 09:00');
    h.run(happyCommand('intake', 'religious-literature-premises'), CLERK, '2019-03-04 09:10');
    h.run(happyCommand('routing', 'religious-literature-premises'), HEAD, '2019-03-04 11:00');

    expect(replay(JSON.parse(JSON.stringify(h.history)))).toEqual(h.state);
  });
});
