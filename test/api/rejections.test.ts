import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, snapshot, startTestApp, type Login, type TestApp } from '../support/app.js';
import { at, caseAt, command, registerCase } from '../support/api-flow.js';
import {
  BAD_CHECKSUM_IIN,
  COMPLETE_DOCUMENTS,
  FOREIGNER,
  PERSON,
  POSITIVE_DRAFT,
} from '../support/fixtures.js';

const register = (payload: object): InjectOptions => ({
  method: 'POST',
  url: '/api/v1/cases',
  payload,
});

const valid = {
  serviceCode: 'missionary-registration',
  applicant: PERSON,
  documentsPresented: COMPLETE_DOCUMENTS['missionary-registration'],
};

describe.each(DIALECTS)('rejected requests on %s', (dialect) => {
  let t: TestApp;
  let ids: Record<'intake' | 'routing' | 'execution' | 'signing' | 'issuance' | 'closed', string>;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    ids = {
      intake: await caseAt(t, 'missionary-registration', 'intake'),
      routing: await caseAt(t, 'missionary-registration', 'routing'),
      execution: await caseAt(t, 'missionary-registration', 'execution'),
      signing: await caseAt(t, 'missionary-registration', 'signing'),
      issuance: await caseAt(t, 'missionary-registration', 'issuance'),
      closed: await caseAt(t, 'missionary-registration', 'issuance'),
    };
    at(t, '2019-03-11 10:00');
    await command(t, 'clerk', ids.closed, 'issue', { to: 'recipient', receivedBy: 'Жұмабаева Г.' });
    at(t, '2019-03-12 10:00');
  });

  afterAll(() => t.close());

  /** Each refused request: who sends it, what, the status and code expected, and the field. */
  const refusals: [string, Login | null, () => InjectOptions, number, string, object?][] = [
    [
      'an unknown service',
      'clerk',
      () => register({ ...valid, serviceCode: 'fishing-licence' }),
      404,
      'SERVICE_UNKNOWN',
    ],
    [
      'a missing applicant',
      'clerk',
      () => register({ ...valid, applicant: undefined }),
      400,
      'VALIDATION_FAILED',
      { field: 'applicant', rule: 'required' },
    ],
    [
      'a malformed IIN',
      'clerk',
      () => register({ ...valid, applicant: { ...PERSON, iin: '12345' } }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'an IIN with a wrong check digit',
      'clerk',
      () => register({ ...valid, applicant: { ...PERSON, iin: BAD_CHECKSUM_IIN } }),
      400,
      'IIN_CHECKSUM',
      { field: 'applicant.iin' },
    ],
    [
      'a foreigner’s empty document number',
      'clerk',
      () => register({ ...valid, applicant: { ...FOREIGNER, documentNumber: '' } }),
      400,
      'VALIDATION_FAILED',
      { field: 'applicant.documentNumber', rule: 'length' },
    ],
    [
      'a foreigner without citizenship',
      'clerk',
      () => register({ ...valid, applicant: { ...FOREIGNER, citizenship: undefined } }),
      400,
      'VALIDATION_FAILED',
      { field: 'applicant.citizenship', rule: 'required' },
    ],
    [
      'a foreigner with an IIN',
      'clerk',
      () => register({ ...valid, applicant: { ...FOREIGNER, iin: '850715401236' } }),
      400,
      'VALIDATION_FAILED',
      { field: 'applicant.iin', rule: 'unexpected' },
    ],
    [
      'a citizen of Kazakhstan registered as a foreigner',
      'clerk',
      () => register({ ...valid, applicant: { ...FOREIGNER, citizenship: 'Казахстан' } }),
      400,
      'CITIZEN_NEEDS_IIN',
      { field: 'applicant.citizenship' },
    ],
    [
      'an applicant of an unknown kind',
      'clerk',
      () => register({ ...valid, applicant: { ...FOREIGNER, kind: 'alien' } }),
      400,
      'VALIDATION_FAILED',
      { field: 'applicant.kind', rule: 'value' },
    ],
    [
      'an unexpected field',
      'clerk',
      () => register({ ...valid, priority: 'high' }),
      400,
      'VALIDATION_FAILED',
    ],
    ['a registration without sign-in', null, () => register(valid), 401, 'AUTH_REQUIRED'],
    ['a registration by an officer', 'officer1', () => register(valid), 403, 'ROLE_FORBIDDEN'],
    [
      'acceptance by the head',
      'head',
      () => ({ method: 'POST', url: `/api/v1/cases/${ids.intake}/accept`, payload: {} }),
      403,
      'WRONG_ROLE',
    ],
    [
      'execution by the officer not assigned',
      'officer2',
      () => ({
        method: 'POST',
        url: `/api/v1/cases/${ids.execution}/submit-draft`,
        payload: { draft: POSITIVE_DRAFT['missionary-registration'] },
      }),
      403,
      'NOT_HOLDER',
    ],
    [
      'signing a case still at routing',
      'head',
      () => ({ method: 'POST', url: `/api/v1/cases/${ids.routing}/sign`, payload: {} }),
      409,
      'STEP_MISMATCH',
    ],
    [
      'accepting a case accepted already, a second click',
      'clerk',
      () => ({ method: 'POST', url: `/api/v1/cases/${ids.routing}/accept`, payload: {} }),
      409,
      'STEP_MISMATCH',
      { command: 'accept', step: 'routing' },
    ],
    [
      'forwarding a case forwarded already, to nobody',
      'head',
      () => ({
        method: 'POST',
        url: `/api/v1/cases/${ids.execution}/forward`,
        payload: { officerId: 'nobody' },
      }),
      409,
      'STEP_MISMATCH',
      { command: 'forward', step: 'execution' },
    ],
    [
      'handing over a case still at intake',
      'clerk',
      () => ({
        method: 'POST',
        url: `/api/v1/cases/${ids.intake}/issue`,
        payload: { to: 'recipient', receivedBy: 'X' },
      }),
      409,
      'STEP_MISMATCH',
    ],
    [
      'a command on a closed case',
      'clerk',
      () => ({
        method: 'POST',
        url: `/api/v1/cases/${ids.closed}/issue`,
        payload: { to: 'recipient', receivedBy: 'X' },
      }),
      409,
      'CASE_CLOSED',
    ],
    [
      'a command with a stale revision',
      'head',
      () => ({
        method: 'POST',
        url: `/api/v1/cases/${ids.signing}/sign`,
        payload: { expectedRevision: 1 },
      }),
      409,
      'CONCURRENT_UPDATE',
    ],
    [
      'forwarding to a clerk',
      'head',
      () => ({
        method: 'POST',
        url: `/api/v1/cases/${ids.routing}/forward`,
        payload: { officerId: t.ids.clerk },
      }),
      422,
      'ASSIGNEE_NOT_OFFICER',
    ],
    [
      'handing over to an attorney without a power of attorney',
      'clerk',
      () => ({
        method: 'POST',
        url: `/api/v1/cases/${ids.issuance}/issue`,
        payload: { to: 'attorney', receivedBy: 'X' },
      }),
      400,
      'ATTORNEY_REQUIRED',
    ],
    [
      'an unknown case',
      'clerk',
      () => ({ method: 'POST', url: '/api/v1/cases/nope/accept', payload: {} }),
      404,
      'CASE_NOT_FOUND',
    ],
    [
      'an unknown endpoint',
      'clerk',
      () => ({ method: 'GET', url: '/api/v1/nothing-here' }),
      404,
      'ROUTE_NOT_FOUND',
    ],
  ];

  it.each(refusals)(
    'refuses %s with a problem and changes nothing',
    async (_name, as, request, status, code, details) => {
      const before = await snapshot(t.db);
      const response = await t.call(as, request());
      const after = await snapshot(t.db);

      expect(response.headers['content-type']).toContain('application/problem+json');
      expect({ status: response.statusCode, code: response.json().code }).toEqual({ status, code });
      if (details !== undefined) expect(response.json().details).toEqual(details);
      expect(after).toEqual(before);
    },
  );

  it('answers malformed requests with problems too, headers included', async () => {
    const json = { 'content-type': 'application/json' };
    const answers = await Promise.all([
      t.call('clerk', { method: 'POST', url: '/api/v1/cases', payload: '{"a":', headers: json }),
      t.call('clerk', {
        method: 'POST',
        url: '/api/v1/cases',
        payload: '<case/>',
        headers: { 'content-type': 'application/xml' },
      }),
      t.call('clerk', {
        method: 'POST',
        url: '/api/v1/cases',
        payload: JSON.stringify(valid),
        headers: { 'content-type': 'text/plain' },
      }),
      t.call('clerk', {
        method: 'POST',
        url: '/api/v1/cases',
        payload: { serviceCode: 'x'.repeat(2_000_000) },
      }),
      t.call('clerk', { method: 'GET', url: `/api/v1/cases/${'x'.repeat(5000)}` }),
    ]);
    const problem = 'application/problem+json; charset=utf-8';

    expect(
      answers.map((a) => [
        a.statusCode,
        a.json().code,
        a.headers['x-reglament-mode'],
        a.headers['content-type'],
      ]),
    ).toEqual([
      [400, 'MALFORMED_JSON', 'training', problem],
      [415, 'UNSUPPORTED_MEDIA_TYPE', 'training', problem],
      [415, 'UNSUPPORTED_MEDIA_TYPE', 'training', problem],
      [413, 'REQUEST_TOO_LARGE', 'training', problem],
      [400, 'VALIDATION_FAILED', 'training', problem],
    ]);
    expect(answers[4]?.json().instance.length).toBeLessThanOrEqual(200);
  });

  it('says why in the user’s language', async () => {
    const bad = register({ ...valid, applicant: { ...PERSON, iin: BAD_CHECKSUM_IIN } });
    const answers = await Promise.all(
      ['kk', 'ru', 'en'].map((lang) =>
        t.call('clerk', { ...bad, headers: { 'accept-language': lang } }),
      ),
    );

    expect(answers.map((a) => a.json().detail)).toEqual([
      'ЖСН бақылау цифры сәйкес келмейді (applicant.iin)',
      'Контрольная цифра ИИН не совпадает (applicant.iin)',
      'The IIN check digit does not match (applicant.iin)',
    ]);
  });

  it('rolls back an acceptance refused for missing documents, incoming number included', async () => {
    const id = (
      await registerCase(t, 'missionary-registration', { documentsPresented: ['application'] })
    ).case.id;
    const before = await snapshot(t.db);
    const response = await t.call('clerk', {
      method: 'POST',
      url: `/api/v1/cases/${id}/accept`,
      payload: {},
    });

    expect([response.statusCode, response.json().code, response.json().details]).toEqual([
      422,
      'DOCUMENTS_INCOMPLETE',
      { missing: ['identity-document', 'association-mandate', 'religious-materials'] },
    ]);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('lets exactly one of two conflicting commands win; the other gets 409', async () => {
    const id = await caseAt(t, 'religious-event-premises', 'signing');
    const revision = (await t.call('head', { method: 'GET', url: `/api/v1/cases/${id}` })).json()
      .case.revision;
    const both = await Promise.all([
      t.call('head', {
        method: 'POST',
        url: `/api/v1/cases/${id}/sign`,
        payload: { expectedRevision: revision },
      }),
      t.call('head', {
        method: 'POST',
        url: `/api/v1/cases/${id}/return-draft`,
        payload: { comment: 'қайта', expectedRevision: revision },
      }),
    ]);
    const events = await t.db
      .selectFrom('case_events')
      .select('type')
      .where('case_id', '=', id)
      .execute();

    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.statusCode === 409)?.json().code).toBe('CONCURRENT_UPDATE');
    expect(events.length).toBe(revision + 1);
  });

  it('refuses an application after the repeal and names the repealing act', async () => {
    at(t, '2020-02-03 10:00');

    const before = await snapshot(t.db);
    const answers = await Promise.all(
      ['ru', 'en'].map((lang) =>
        t.call('clerk', { ...register(valid), headers: { 'accept-language': lang } }),
      ),
    );

    expect(answers.map((a) => [a.statusCode, a.json().code, a.json().detail])).toEqual([
      [
        422,
        'REGULATION_NOT_IN_FORCE',
        'На 2020-02-03 регламент не действует. Утратил силу: Акимат Атырауской области, ' +
          'постановление от 25.12.2019 № 304 (действовал по 2020-01-20)',
      ],
      [
        422,
        'REGULATION_NOT_IN_FORCE',
        'On 2020-02-03 no regulation is in force. Repealed by: Atyrau region akimat, ' +
          'resolution No. 304 of 2019-12-25 (in force until 2020-01-20)',
      ],
    ]);
    expect(await snapshot(t.db)).toEqual(before);
    at(t, '2019-03-12 10:00');
  });

  it('refuses to rewrite or delete a recorded event', async () => {
    const rewrite = () =>
      t.db.updateTable('case_events').set({ type: 'Forged' }).where('seq', '=', 1).execute();
    const remove = () => t.db.deleteFrom('case_events').where('seq', '=', 1).execute();

    await expect(rewrite()).rejects.toThrow(/append-only/);
    await expect(remove()).rejects.toThrow(/append-only/);
  });

  it('detects a history rewritten behind the triggers’ back', async () => {
    const id = ids.signing;
    const trigger = dialect === 'postgres' ? 'case_events_append_only' : 'case_events_no_update';

    await sql
      .raw(
        dialect === 'postgres'
          ? `DROP TRIGGER ${trigger} ON case_events`
          : `DROP TRIGGER ${trigger}`,
      )
      .execute(t.db);
    await t.db
      .updateTable('case_events')
      .set({ event: sql`replace(event, 'officer', 'clerk')` })
      .where('case_id', '=', id)
      .where('seq', '=', 3)
      .execute();

    const check = await t.call('auditor', { method: 'GET', url: `/api/v1/cases/${id}/audit` });

    expect([check.json().chainIntact, check.json().brokenAtSeq]).toEqual([false, 3]);
  });
});

describe.each(DIALECTS)('the office’s mode on every answer on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(dialect, '2019-03-04 09:00');
  });

  afterAll(() => t.close());

  it('is sent as headers with the office clock, also on errors', async () => {
    const ok = await t.call(null, { method: 'GET', url: '/api/v1/system' });
    const error = await t.call(null, { method: 'GET', url: '/api/v1/inbox' });

    for (const r of [ok, error]) {
      expect([r.headers['x-reglament-mode'], r.headers['x-reglament-clock']]).toEqual([
        'training',
        '2019-03-04T09:00:00+05:00',
      ]);
    }
    expect(ok.json()).toEqual({
      mode: 'training',
      clock: '2019-03-04T09:00:00+05:00',
      today: '2019-03-04',
      zone: 'Asia/Atyrau',
      calendarYears: { first: 2015, last: 2027 },
    });
  });

  it('serves its OpenAPI document', async () => {
    const doc = await t.call(null, { method: 'GET', url: '/api/v1/openapi.json' });

    expect(doc.json().openapi).toMatch(/^3\./);
    expect(Object.keys(doc.json().paths)).toContain('/api/v1/cases/{id}/accept');
  });

  it('keeps the inbox sorted by deadline with each case’s SLA', async () => {
    const first = await registerCase(t, 'religious-event-premises');

    at(t, '2019-03-04 09:20');
    await registerCase(t, 'religious-literature-premises');
    at(t, '2019-03-04 09:26');

    const inbox = await t.call('clerk', { method: 'GET', url: '/api/v1/inbox' });

    expect(inbox.json().items.map((i: any) => [i.serviceCode, i.dueAt, i.sla])).toEqual([
      [
        'religious-event-premises',
        '2019-03-04T09:30:00+05:00',
        { state: 'due-soon', left: { amount: 4, unit: 'working-minutes' } },
      ],
      [
        'religious-literature-premises',
        '2019-03-04T09:50:00+05:00',
        { state: 'on-time', left: { amount: 24, unit: 'working-minutes' } },
      ],
    ]);

    const bySla = await Promise.all(
      ['due-soon', 'on-time', 'overdue'].map(async (state) => {
        const page = await t.call('clerk', {
          method: 'GET',
          url: `/api/v1/inbox?state=${state}&limit=1`,
        });

        return [state, page.json().total, page.json().items.map((i: any) => i.serviceCode)];
      }),
    );

    expect(bySla).toEqual([
      ['due-soon', 1, ['religious-event-premises']],
      ['on-time', 1, ['religious-literature-premises']],
      ['overdue', 0, []],
    ]);

    at(t, '2019-03-04 09:40');

    const late = await t.call('head', { method: 'GET', url: '/api/v1/cases?scope=overdue' });

    expect(late.json().items.map((i: any) => [i.id, i.sla.state])).toEqual([
      [first.case.id, 'overdue'],
    ]);
    await command(t, 'clerk', first.case.id, 'accept');
  });
});
