import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestApp, type TestApp } from '../support/app.js';
import { at, command, registerCase } from '../support/api-flow.js';
import {
  ATTORNEY,
  FOREIGNER,
  ORGANISATION,
  POSITIVE_DRAFT,
  REASONED_REFUSAL,
} from '../support/fixtures.js';

describe.each(DIALECTS)('journeys through the HTTP API on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(dialect);
  });

  afterAll(() => t.close());

  it('carries a premises decision through all five steps, with a return for rework', async () => {
    at(t, '2019-03-04 09:00');

    const registered = await registerCase(t, 'religious-literature-premises', {
      applicant: ORGANISATION,
    });
    const id = registered.case.id;

    at(t, '2019-03-04 09:12');
    await command(t, 'clerk', id, 'accept');
    at(t, '2019-03-04 11:20');
    await command(t, 'head', id, 'forward', { officerId: t.ids.officer1 });
    at(t, '2019-03-14 10:30');
    await command(t, 'officer1', id, 'submit-draft', {
      draft: POSITIVE_DRAFT['religious-literature-premises'],
    });
    at(t, '2019-03-14 16:00');
    await command(t, 'head', id, 'return-draft', { comment: 'Алаңын тексеріңіз' });
    at(t, '2019-03-15 11:00');
    await command(t, 'officer1', id, 'submit-draft', {});
    at(t, '2019-03-15 17:00');
    await command(t, 'head', id, 'sign');
    at(t, '2019-03-18 10:00');

    const done = await command(t, 'clerk', id, 'issue', {
      to: 'recipient',
      receivedBy: 'Ахметов Б.',
    });

    expect(done.case.receipt).toEqual({
      incomingNumber: expect.stringMatching(/^ДІБ-2019-\d{5}$/),
      acceptedAt: '2019-03-04T09:12:00+05:00',
      clerk: { id: t.ids.clerk, name: 'Сапарова Айгерім Болатқызы' },
      termDueAt: '2019-04-03T18:30:00+05:00',
      termMet: true,
    });
    expect(
      done.timeline.map((e) => [e.type, e.at, e.closes?.late ?? null, e.opens?.dueAt ?? null]),
    ).toEqual([
      ['ApplicationRegistered', '2019-03-04T09:00:00+05:00', null, '2019-03-04T09:30:00+05:00'],
      ['ApplicationAccepted', '2019-03-04T09:12:00+05:00', false, '2019-03-05T18:30:00+05:00'],
      ['CaseForwarded', '2019-03-04T11:20:00+05:00', false, '2019-04-01T18:30:00+05:00'],
      ['DraftSubmitted', '2019-03-14T10:30:00+05:00', false, '2019-03-15T18:30:00+05:00'],
      ['DraftReturned', '2019-03-14T16:00:00+05:00', false, '2019-04-01T18:30:00+05:00'],
      ['DraftSubmitted', '2019-03-15T11:00:00+05:00', false, '2019-03-18T18:30:00+05:00'],
      ['ResultSigned', '2019-03-15T17:00:00+05:00', false, '2019-03-18T18:30:00+05:00'],
      ['ResultIssued', '2019-03-18T10:00:00+05:00', false, null],
    ]);
    expect([done.case.outcome, done.case.sla]).toEqual([
      { kind: 'issued', resultKind: 'premises-decision', at: '2019-03-18T10:00:00+05:00' },
      null,
    ]);
  });

  it('hands a letter of agreement to an attorney after a late draft, and keeps the lateness', async () => {
    at(t, '2019-03-18 11:00');

    const id = (await registerCase(t, 'religious-event-premises', { representative: ATTORNEY }))
      .case.id;

    at(t, '2019-03-18 11:25');
    await command(t, 'clerk', id, 'accept');
    at(t, '2019-03-19 09:40');
    await command(t, 'head', id, 'forward', { officerId: t.ids.officer2 });
    at(t, '2019-04-17 11:00');
    await command(t, 'officer2', id, 'submit-draft', {
      draft: POSITIVE_DRAFT['religious-event-premises'],
    });
    at(t, '2019-04-17 15:00');
    await command(t, 'head', id, 'sign');
    at(t, '2019-04-18 10:00');

    const done = await command(t, 'clerk', id, 'issue', {
      to: 'attorney',
      receivedBy: ATTORNEY.fullName,
      powerOfAttorney: ATTORNEY.powerOfAttorney,
    });

    expect(done.case.closedSteps.map((s) => [s.code, s.dueAt, s.late])).toEqual([
      ['intake', '2019-03-18T11:30:00+05:00', false],
      ['routing', '2019-03-19T18:30:00+05:00', false],
      ['execution', '2019-04-15T18:30:00+05:00', true],
      ['signing', '2019-04-18T18:30:00+05:00', false],
      ['issuance', '2019-04-18T18:30:00+05:00', false],
    ]);
    expect([done.case.receipt?.termDueAt, done.case.receipt?.termMet]).toEqual([
      '2019-04-17T18:30:00+05:00',
      false,
    ]);
    expect(done.timeline.at(-1)?.data).toEqual({
      resultKind: 'letter-of-agreement',
      handover: {
        to: 'attorney',
        receivedBy: ATTORNEY.fullName,
        powerOfAttorney: ATTORNEY.powerOfAttorney,
      },
    });
  });

  it('refuses to accept an incomplete missionary application and then refuses the complete one with reasons', async () => {
    at(t, '2019-04-18 11:00');

    const first = await registerCase(t, 'missionary-registration', {
      documentsPresented: ['application'],
    });

    at(t, '2019-04-18 11:15');

    const refused = await command(t, 'clerk', first.case.id, 'refuse-intake', {
      missing: ['association-mandate', 'religious-materials'],
      reason: 'Өкілеттік құжаты ұсынылмаған',
    });

    expect([refused.case.status, refused.case.outcome]).toEqual([
      'closed',
      { kind: 'intake-refused', at: '2019-04-18T11:15:00+05:00' },
    ]);

    at(t, '2019-04-22 09:30');

    const id = (await registerCase(t, 'missionary-registration')).case.id;

    at(t, '2019-04-22 09:50');
    await command(t, 'clerk', id, 'accept');
    at(t, '2019-04-22 14:00');
    await command(t, 'head', id, 'forward', { officerId: t.ids.officer1 });
    at(t, '2019-05-08 11:00');
    await command(t, 'officer1', id, 'submit-draft', { draft: REASONED_REFUSAL });
    at(t, '2019-05-08 16:00');

    const signed = await command(t, 'head', id, 'sign');

    expect(signed.case.sla).toBe('on-time');
    expect(signed.case.step).toEqual({
      code: 'issuance',
      holder: { id: t.ids.clerk, name: 'Сапарова Айгерім Болатқызы', role: 'clerk' },
      startedAt: '2019-05-08T16:00:00+05:00',
      dueAt: '2019-05-13T18:30:00+05:00',
      limit: { amount: 1, unit: 'working-days' },
      sla: { state: 'on-time', left: { amount: 1, unit: 'working-days' } },
    });
  });

  it('registers a foreign missionary by passport and finds the case by its number', async () => {
    at(t, '2019-04-23 10:00');

    const registered = await registerCase(t, 'missionary-registration', { applicant: FOREIGNER });
    const found = await t.call('clerk', { method: 'GET', url: '/api/v1/cases?q=45%201234567' });
    const refusal = await t.call('clerk', {
      method: 'POST',
      url: `/api/v1/cases/${registered.case.id}/refuse-intake`,
      payload: { missing: ['foreign-organisation-papers'], reason: 'тек қосымша' },
    });

    expect([
      registered.case.applicant,
      found.json().items.map((c: any) => c.applicantName),
    ]).toEqual([FOREIGNER, ['Novak Jan']]);
    expect(refusal.json().code).toBe('INTAKE_REFUSAL_UNFOUNDED');
  });

  it('numbers accepted applications per provider and year without gaps', async () => {
    const page = await t.call('auditor', {
      method: 'GET',
      url: '/api/v1/cases?scope=all&limit=100',
    });
    const numbers = (page.json().items as { incomingNumber: string | null }[])
      .map((c) => c.incomingNumber)
      .filter((n) => n !== null)
      .sort();

    expect(numbers).toEqual(['ДІБ-2019-00001', 'ДІБ-2019-00002', 'ДІБ-2019-00003']);
  });

  it('finds cases by incoming number or applicant in any letter case, Cyrillic included', async () => {
    const search = async (q: string) =>
      (await t.call('auditor', { method: 'GET', url: `/api/v1/cases?q=${encodeURIComponent(q)}` }))
        .json()
        .items.map((c: any) => c.incomingNumber);

    expect(await search('дІб-2019-00002')).toEqual(['ДІБ-2019-00002']);
    expect((await search('НҰР-СЕНІМ')).length).toBe(1);
    expect((await search('жұмабаева')).length).toBe(3);
    expect(await search('850715401236')).toHaveLength(3);
    expect(await search('8507154')).toHaveLength(3);
    expect([await search('%'), await search('_')]).toEqual([[], []]);
  });

  it('lets the auditor verify that each history is intact and replays to the stored case', async () => {
    const page = await t.call('auditor', { method: 'GET', url: '/api/v1/cases?scope=all' });

    for (const c of page.json().items as { id: string; revision: number }[]) {
      const check = await t.call('auditor', { method: 'GET', url: `/api/v1/cases/${c.id}/audit` });

      expect(check.json()).toEqual({
        caseId: c.id,
        events: c.revision,
        chainIntact: true,
        brokenAtSeq: null,
        replayMatches: true,
        lastHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    }
  });
});
