import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRAINING_PASSWORD } from '../../src/config.js';
import { DIALECTS, snapshot, startTestApp, type TestApp } from '../support/app.js';

const NEW_CLERK = {
  login: 'clerk2',
  fullName: 'Ермекова Сәуле Асқарқызы',
  role: 'clerk',
  language: 'ru',
  password: 'long-enough-2019',
};

describe.each(DIALECTS)('accounts of the office on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(dialect);
  });

  afterAll(() => t.close());

  it('lets the administrator open an account that can then sign in', async () => {
    const created = await t.call('admin', {
      method: 'POST',
      url: '/api/v1/admin/users',
      payload: NEW_CLERK,
    });
    const session = await t.call(null, {
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { login: 'clerk2', password: NEW_CLERK.password },
    });

    expect([created.statusCode, created.json().user.role, session.statusCode]).toEqual([
      201,
      'clerk',
      200,
    ]);
    expect(
      JSON.stringify(
        (await t.call('admin', { method: 'GET', url: '/api/v1/admin/audit-log' })).json(),
      ),
    ).not.toContain(NEW_CLERK.password);
  });

  it('refuses a weak password, a taken login, and anyone but the administrator', async () => {
    const before = await snapshot(t.db);
    const answers = await Promise.all([
      t.call('admin', {
        method: 'POST',
        url: '/api/v1/admin/users',
        payload: { ...NEW_CLERK, login: 'x-weak', password: 'short' },
      }),
      t.call('admin', {
        method: 'POST',
        url: '/api/v1/admin/users',
        payload: { ...NEW_CLERK, login: 'HEAD' },
      }),
      t.call('head', {
        method: 'POST',
        url: '/api/v1/admin/users',
        payload: { ...NEW_CLERK, login: 'x-head' },
      }),
    ]);

    expect(answers.map((a) => [a.statusCode, a.json().code])).toEqual([
      [400, 'PASSWORD_WEAK'],
      [409, 'LOGIN_TAKEN'],
      [403, 'ROLE_FORBIDDEN'],
    ]);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('deactivates an account so that it can no longer sign in, but not the administrator’s own', async () => {
    const list = await t.call('admin', { method: 'GET', url: '/api/v1/admin/users' });
    const clerk2 = list.json().users.find((u: any) => u.login === 'clerk2');
    const off = await t.call('admin', {
      method: 'PATCH',
      url: `/api/v1/admin/users/${clerk2.id}`,
      payload: { active: false },
    });
    const self = await t.call('admin', {
      method: 'PATCH',
      url: `/api/v1/admin/users/${t.ids.admin}`,
      payload: { active: false },
    });
    const session = await t.call(null, {
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { login: 'clerk2', password: NEW_CLERK.password },
    });

    expect([off.statusCode, off.json().user.active, self.statusCode, session.statusCode]).toEqual([
      200,
      false,
      403,
      401,
    ]);
  });

  it('closes a login for a quarter of an hour after five wrong passwords', async () => {
    const attempt = (password: string) =>
      t.call(null, {
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { login: 'officer2', password },
      });
    const wrong = [];

    for (let i = 0; i < 5; i++) wrong.push((await attempt('wrong-password')).statusCode);

    const right = await attempt(TRAINING_PASSWORD);

    expect([wrong, right.statusCode, right.json().code]).toEqual([
      [401, 401, 401, 401, 401],
      429,
      'AUTH_THROTTLED',
    ]);
  });

  it('tells an anonymous caller who they are: nobody', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/v1/auth/me' })).json()).toEqual({
      user: null,
    });
  });
});
