import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinoLogger } from '../../src/adapters/logger.js';
import { buildServer } from '../../src/interfaces/http/server.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { at, registerCase } from '../support/api-flow.js';
import { BAD_CHECKSUM_IIN, PERSON } from '../support/fixtures.js';

describe('the server log', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
  });

  afterAll(() => t.close());

  it('holds no applicant’s name or IIN, whatever the requests carried', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const server = await buildServer(t.app, { logger: pinoLogger('info', sink) });
    const token = t.tokens.clerk;
    const headers = { authorization: `Bearer ${token}` };

    at(t, '2019-03-04 09:00');
    await registerCase(t, 'missionary-registration');
    await server.inject({
      method: 'GET',
      url: `/api/v1/cases?q=${encodeURIComponent('Жұмабаева')}`,
      headers,
    });
    await server.inject({ method: 'GET', url: '/api/v1/inbox?q=850715401236', headers });
    await server.inject({ method: 'GET', url: '/api/v1/cases/850715401236', headers });
    await server.inject({ method: 'GET', url: `/api/v1/people/${BAD_CHECKSUM_IIN}`, headers });
    await server.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers,
      payload: {
        serviceCode: 'missionary-registration',
        applicant: { ...PERSON, iin: BAD_CHECKSUM_IIN },
        documentsPresented: [],
      },
    });
    await server.close();

    const log = lines.join('');

    expect(lines.length).toBeGreaterThan(5);
    for (const secret of [
      'Жұмабаева',
      encodeURIComponent('Жұмабаева'),
      '850715401236',
      BAD_CHECKSUM_IIN,
    ]) {
      expect(log.includes(secret)).toBe(false);
    }
  });
});
