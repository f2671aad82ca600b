import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/adapters/store/connect.js';
import { actOnCase } from '../../src/application/cases/act-on-case.js';
import type { User } from '../../src/application/ports.js';
import { ReglamentError } from '../../src/domain/shared/errors.js';
import { DIALECTS, snapshot, startTestApp, type TestApp } from '../support/app.js';
import { at, registerCase } from '../support/api-flow.js';

describe.each(DIALECTS)('the case store on %s', (dialect) => {
  let t: TestApp;
  let clerk: User;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    clerk = (await t.app.store.users.byId(t.ids.clerk))!;
  });

  afterAll(() => t.close());

  it('applies its migrations once: a second run finds nothing to do', async () => {
    expect(await migrateToLatest(t.db)).toEqual([]);
  });

  it('gives twenty simultaneous acceptances twenty distinct numbers without a gap', async () => {
    at(t, '2019-03-04 09:00');

    const ids = await Promise.all(
      Array.from(
        { length: 20 },
        async () => (await registerCase(t, 'missionary-registration')).case.id,
      ),
    );
    const accepted = await Promise.all(
      ids.map((id) => actOnCase(t.app, clerk, id, { type: 'accept' })),
    );
    const numbers = accepted.map((s) => s.receipt!.incomingNumber).sort();

    expect(numbers).toEqual(
      Array.from({ length: 20 }, (_, i) => `ДІБ-2019-${String(i + 1).padStart(5, '0')}`),
    );
  });

  it('rolls back a refused command alone, however commands are grouped into commits', async () => {
    at(t, '2019-03-05 09:00');

    const [a, b, c] = await Promise.all(
      [0, 1, 2].map(
        async (i) =>
          (
            await registerCase(
              t,
              'missionary-registration',
              i === 1 ? { documentsPresented: ['application'] } : {},
            )
          ).case.id,
      ),
    );
    const results = await Promise.allSettled(
      [a!, b!, c!].map((id) => actOnCase(t.app, clerk, id, { type: 'accept' })),
    );

    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(
      new ReglamentError('DOCUMENTS_INCOMPLETE', {
        missing: ['identity-document', 'association-mandate', 'religious-materials'],
      }),
    );
    expect((await t.app.store.cases.get(b!))?.revision).toBe(1);
    expect(
      results
        .flatMap((r) => (r.status === 'fulfilled' ? [r.value.receipt!.incomingNumber] : []))
        .sort(),
    ).toEqual(['ДІБ-2019-00021', 'ДІБ-2019-00022']);
  });

  it('lets one of two commands decided on the same revision win and refuses the other', async () => {
    at(t, '2019-03-06 09:00');

    const id = (await registerCase(t, 'missionary-registration')).case.id;
    const before = await snapshot(t.db);
    const both = await Promise.allSettled([
      actOnCase(t.app, clerk, id, { type: 'check-documents', presented: ['application'] }, 1),
      actOnCase(t.app, clerk, id, { type: 'accept' }, 1),
    ]);

    expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(
      both.flatMap((r) => (r.status === 'rejected' ? [(r.reason as ReglamentError).code] : [])),
    ).toEqual(['CONCURRENT_UPDATE']);
    expect((await t.app.store.cases.get(id))?.revision).toBe(2);
    expect((await snapshot(t.db)).case_events.length).toBe(before.case_events.length + 1);
  });

  it('rebuilds a case from its events exactly as it was when committed', async () => {
    const page = await t.app.store.cases.list({ limit: 5, offset: 0 });

    for (const summary of page.items) {
      const stored = await t.app.store.cases.get(summary.id);
      const events = await t.app.store.cases.events(summary.id);

      expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
      expect(stored?.revision).toBe(summary.revision);
    }
  });
});
