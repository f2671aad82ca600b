import { Type } from 'typebox';
import { findService } from '../../../application/access.js';
import { catalogueOn } from '../../../application/catalogue/catalogue-view.js';
import type { Api } from '../server.js';

const OnQuery = Type.Object({
  on: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  lang: Type.Optional(Type.String()),
});

/** The catalogue is public information about the services: no sign-in needed to read it. */
export function catalogueRoutes(api: Api): void {
  const today = (): string => api.app.workingTime().localDate(api.app.clock.now());

  api.get('/catalogue', { schema: { tags: ['catalogue'], querystring: OnQuery } }, async (req) => {
    const on = req.query.on ?? today();

    return { on, services: catalogueOn(await api.app.services(), on) };
  });

  api.get(
    '/catalogue/:code',
    { schema: { tags: ['catalogue'], params: Type.Object({ code: Type.String() }), querystring: OnQuery } },
    async (req) => {
      const on = req.query.on ?? today();
      const service = findService(await api.app.services(), req.params.code);

      return { on, service: catalogueOn([service], on)[0] };
    },
  );

  api.get('/act', { schema: { tags: ['catalogue'] } }, async () => ({
    act: await api.app.store.catalogue.act(),
  }));
}
