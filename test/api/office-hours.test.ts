import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, snapshot, startTestApp, type TestApp } from '../support/app.js';
import { at, registerCase } from '../support/api-flow.js';

const PROVIDER = 'atyrau-religious-affairs';
const url = `/api/v1/admin/providers/${PROVIDER}/office-hours`;

/** Hours an office might keep instead of the norm: earlier start, shorter lunch, earlier close. */
const SHIFTED = {
  zone: 'Asia/Atyrau',
  utcOffsetMinutes: 300,
  segments: [
    { start: '08:30', end: '13:00' },
    { start: '14:00', end: '17:30' },
  ],
};

describe.each(DIALECTS)('office hours per provider on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(dialect);
  });

  afterAll(() => t.close());

  it('start as the national norm', async () => {
    const hours = await t.call(null, {
      method: 'GET',
      url: `/api/v1/providers/${PROVIDER}/office-hours`,
    });

    expect(hours.json()).toEqual({
      officeHours: {
        zone: 'Asia/Atyrau',
        utcOffsetMinutes: 300,
        segments: [
          { start: '09:00', end: '13:00' },
          { start: '14:30', end: '18:30' },
        ],
      },
    });
  });

  it('refuse hours that do not make sense, a stranger, and an unknown provider', async () => {
    const before = await snapshot(t.db);
    const backwards = await t.call('admin', {
      method: 'PUT',
      url,
      payload: { ...SHIFTED, segments: [{ start: '13:00', end: '09:00' }] },
    });
    const byHead = await t.call('head', { method: 'PUT', url, payload: SHIFTED });
    const unknown = await t.call('admin', {
      method: 'PUT',
      url: '/api/v1/admin/providers/nowhere/office-hours',
      payload: SHIFTED,
    });

    expect([backwards, byHead, unknown].map((r) => [r.statusCode, r.json().code])).toEqual([
      [400, 'OFFICE_HOURS_INVALID'],
      [403, 'ROLE_FORBIDDEN'],
      [404, 'PROVIDER_UNKNOWN'],
    ]);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('count the deadlines set after a change in the new hours, and audit the change', async () => {
    const set = await t.call('admin', { method: 'PUT', url, payload: SHIFTED });

    at(t, '2019-03-04 17:20');

    const registered = await registerCase(t, 'missionary-registration');
    const audit = await t.call('admin', { method: 'GET', url: '/api/v1/admin/audit-log' });

    expect(set.statusCode).toBe(200);
    expect(registered.case.step?.dueAt).toBe('2019-03-05T08:50:00+05:00');
    expect(audit.json().records[0]).toMatchObject({
      action: 'office-hours.set',
      subject: PROVIDER,
      after: SHIFTED,
    });
  });
});
