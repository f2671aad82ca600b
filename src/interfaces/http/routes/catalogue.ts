import { Type } from 'typebox';
import {
  ARTEFACT_FORMATS,
  defaultFormat,
  renderArtefact,
  type ArtefactFormat,
} from '../../../adapters/documents/appendices/index.js';
import { findService, findVersion } from '../../../application/access.js';
import { ReglamentError } from '../../../domain/shared/errors.js';
import { isIsoDate } from '../../../domain/shared/reader.js';
import { trainingMark } from '../../../i18n/training-mark.js';
import { catalogueOn } from '../../../application/catalogue/catalogue-view.js';
import type { Api } from '../server.js';

const OnQuery = Type.Object({
  on: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  lang: Type.Optional(Type.String()),
});

const ArtefactParams = Type.Object({
  code: Type.String(),
  version: Type.String(),
  as: Type.Union([
    Type.Literal('appendix1'),
    Type.Literal('appendix2'),
    Type.Literal('bpmn'),
    Type.Literal('text'),
  ]),
});

const ArtefactQuery = Type.Object({
  lang: Type.Optional(Type.Union([Type.Literal('kk'), Type.Literal('ru')])),
  format: Type.Optional(Type.String()),
});

/** The catalogue is public information about the services: no sign-in needed to read it. */
export function catalogueRoutes(api: Api): void {
  const today = (): string => api.app.workingTime().localDate(api.app.clock.now());
  const dateAsked = (on: string | undefined): string => {
    if (on !== undefined && !isIsoDate(on)) {
      throw new ReglamentError('VALIDATION_FAILED', { field: 'querystring.on', rule: 'format' });
    }

    return on ?? today();
  };

  api.get('/catalogue', { schema: { tags: ['catalogue'], querystring: OnQuery } }, async (req) => {
    const on = dateAsked(req.query.on);

    return { on, services: catalogueOn(await api.app.services(), on) };
  });

  api.get(
    '/catalogue/:code',
    {
      schema: {
        tags: ['catalogue'],
        params: Type.Object({ code: Type.String() }),
        querystring: OnQuery,
      },
    },
    async (req) => {
      const on = dateAsked(req.query.on);
      const service = findService(await api.app.services(), req.params.code);

      return { on, service: catalogueOn([service], on)[0] };
    },
  );

  api.get(
    '/catalogue/:code/versions/:version/:as',
    { schema: { tags: ['catalogue'], params: ArtefactParams, querystring: ArtefactQuery } },
    async (req, reply) => {
      const version = findVersion(await api.app.services(), req.params.version);
      const as = req.params.as;
      const format = req.query.format ?? defaultFormat(as);

      if (version.serviceCode !== req.params.code) {
        throw new ReglamentError('VERSION_NOT_FOUND', { version: req.params.version });
      }
      if (!(ARTEFACT_FORMATS[as] as readonly string[]).includes(format)) {
        throw new ReglamentError('VALIDATION_FAILED', { field: 'querystring.format' });
      }

      const lang = req.query.lang ?? 'kk';
      const stamp = trainingMark(api.app.mode, today(), lang);
      const artefact = await renderArtefact(version, as, {
        lang,
        format: format as ArtefactFormat,
        ...(stamp === undefined ? {} : { stamp }),
      });

      return reply.type(artefact.contentType).send(artefact.body);
    },
  );

  api.get('/act', { schema: { tags: ['catalogue'] } }, async () => ({
    act: await api.app.store.catalogue.act(),
  }));
}
