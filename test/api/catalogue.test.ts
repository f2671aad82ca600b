import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, snapshot, startTestApp, type TestApp } from '../support/app.js';
import { at, command, registerCase } from '../support/api-flow.js';

const akimat = {
  kk: 'Атырау облысы әкімдігі',
  ru: 'Акимат Атырауской области',
  en: 'Atyrau region akimat',
};
const resolution = { kk: 'қаулы', ru: 'постановление', en: 'resolution' };

/** A live office's own version, as an administrator would publish it (invented act). */
const NEW_VERSION = {
  code: '2026',
  label: { kk: '2026 жылғы редакция', ru: 'Редакция 2026 года', en: '2026 version' },
  validFrom: '2026-01-01',
  validTo: null,
  validitySource: { status: 'confirmed', reference: 'test: invented act for the live office' },
  basis: [{ issuer: akimat, kind: resolution, number: '1-test', date: '2025-12-01' }],
};

describe.each(DIALECTS)('the catalogue and its versions on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(dialect);
  });

  afterAll(() => t.close());

  it('shows which version is in force on a date, and why none is after the repeal', async () => {
    const on2019 = await t.call(null, { method: 'GET', url: '/api/v1/catalogue?on=2019-03-04' });
    const on2021 = await t.call(null, { method: 'GET', url: '/api/v1/catalogue?on=2021-06-01' });

    expect(on2019.json().services.map((s: any) => s.inForce)).toEqual([
      { versionId: 'religious-literature-premises@2016' },
      { versionId: 'religious-event-premises@2016' },
      { versionId: 'missionary-registration@2016' },
    ]);
    expect(on2021.json().services.map((s: any) => s.inForce.rejection.code)).toEqual([
      'REGULATION_NOT_IN_FORCE',
      'REGULATION_NOT_IN_FORCE',
      'REGULATION_NOT_IN_FORCE',
    ]);
  });

  it('serves the appendices generated from the definition', async () => {
    const base = '/api/v1/catalogue/missionary-registration/versions/missionary-registration@2016';
    const svg = await t.call(null, { method: 'GET', url: `${base}/appendix2?lang=ru` });
    const bpmn = await t.call(null, { method: 'GET', url: `${base}/bpmn` });
    const bad = await t.call(null, { method: 'GET', url: `${base}/appendix2?format=table` });

    expect([
      svg.statusCode,
      svg.headers['content-type'],
      svg.body.includes('26 календарных'),
      svg.body.includes('УЧЕБНЫЙ РЕЖИМ · 04.03.2019'),
    ]).toEqual([200, 'image/svg+xml; charset=utf-8', true, true]);
    expect([bpmn.statusCode, bpmn.body.includes('bpmn:userTask')]).toEqual([200, true]);
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('lets only the administrator publish a version, and checks it like the seed', async () => {
    const url = '/api/v1/admin/services/missionary-registration/versions';
    const before = await snapshot(t.db);
    const byHead = await t.call('head', { method: 'POST', url, payload: NEW_VERSION });
    const broken = await t.call('admin', {
      method: 'POST',
      url,
      payload: { ...NEW_VERSION, changes: { steps: [] } },
    });
    const overlapping = await t.call('admin', {
      method: 'POST',
      url,
      payload: { ...NEW_VERSION, validFrom: '2019-06-01' },
    });

    expect([byHead.statusCode, byHead.json().code]).toEqual([403, 'ROLE_FORBIDDEN']);
    expect([broken.statusCode, broken.json().code, broken.json().details.problems]).toEqual([
      400,
      'DEFINITION_INVALID',
      ['field steps: must list the 5 steps'],
    ]);
    expect([overlapping.statusCode, overlapping.json().code]).toEqual([409, 'VERSION_OVERLAP']);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('runs a live office on the version it published, pinning each case to it', async () => {
    const published = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/admin/services/missionary-registration/versions',
      payload: {
        ...NEW_VERSION,
        changes: {
          steps: (await versionSteps(t)).map((s: any) =>
            s.code === 'execution' ? { ...s, limit: { amount: 20, unit: 'calendar-days' } } : s,
          ),
        },
      },
    });

    expect([published.statusCode, published.json().version.id]).toEqual([
      201,
      'missionary-registration@2026',
    ]);

    at(t, '2026-12-03 10:00');

    const id = (await registerCase(t, 'missionary-registration')).case.id;

    await command(t, 'clerk', id, 'accept');

    const forwarded = await command(t, 'head', id, 'forward', { officerId: t.ids.officer1 });

    expect([forwarded.case.versionId, forwarded.case.step?.dueAt]).toEqual([
      'missionary-registration@2026',
      '2026-12-23T18:30:00+05:00',
    ]);

    const audit = await t.call('admin', { method: 'GET', url: '/api/v1/admin/audit-log' });

    expect(audit.json().records.map((r: any) => [r.action, r.subject])).toContainEqual([
      'service-version.added',
      'missionary-registration@2026',
    ]);
  });

  it('refuses a publication date that would break a version, stores nothing, and still restarts', async () => {
    const before = await snapshot(t.db);
    const late = await t.call('admin', {
      method: 'PUT',
      url: '/api/v1/admin/act/life/adopted',
      payload: { publishedOn: '2021-01-01', source: { status: 'confirmed', reference: 'test' } },
    });
    const early = await t.call('admin', {
      method: 'PUT',
      url: '/api/v1/admin/act/life/adopted',
      payload: { publishedOn: '1066-10-14', source: { status: 'confirmed', reference: 'test' } },
    });

    expect([late.statusCode, late.json().code, late.json().details.problems[0]]).toEqual([
      400,
      'DEFINITION_INVALID',
      'version religious-literature-premises@2015, field validTo: is earlier than validFrom 2021-01-12',
    ]);
    expect([early.statusCode, early.json().code, early.json().details]).toEqual([
      400,
      'DATE_ORDER',
      { field: 'publishedOn', notBefore: '2015-05-22' },
    ]);
    expect(await snapshot(t.db)).toEqual(before);
    await expect(t.app.reload()).resolves.toBeUndefined();
  });

  it('recomputes the versions’ periods when the administrator sets a publication date', async () => {
    const response = await t.call('admin', {
      method: 'PUT',
      url: '/api/v1/admin/act/life/repealed',
      payload: {
        publishedOn: '2020-01-14',
        source: { status: 'confirmed', reference: 'test: register entry' },
      },
    });
    const catalogue = await t.call(null, {
      method: 'GET',
      url: '/api/v1/catalogue/religious-event-premises',
    });

    expect(response.statusCode).toBe(200);
    expect(
      catalogue.json().service.versions.map((v: any) => [v.id, v.validFrom, v.validTo]),
    ).toEqual([
      ['religious-event-premises@2015', '2015-07-15', '2016-04-19'],
      ['religious-event-premises@2016', '2016-04-20', '2020-01-24'],
    ]);
  });
});

async function versionSteps(t: TestApp): Promise<unknown[]> {
  const response = await t.call(null, {
    method: 'GET',
    url: '/api/v1/catalogue/missionary-registration',
  });

  return response.json().service.versions.at(-1).steps;
}
