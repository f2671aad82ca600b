import { Type } from 'typebox';
import { requireRole } from '../../../application/access.js';
import { addServiceVersion } from '../../../application/catalogue/add-service-version.js';
import { setActPublication } from '../../../application/catalogue/set-act-publication.js';
import { signedIn } from '../auth.js';
import type { Api } from '../server.js';

const isoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const localized = Type.Object({
  kk: Type.String({ minLength: 1 }),
  ru: Type.String({ minLength: 1 }),
  en: Type.String({ minLength: 1 }),
});
const Source = Type.Object(
  {
    status: Type.Union([Type.Literal('confirmed'), Type.Literal('assumed')]),
    reference: Type.String({ minLength: 1 }),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
const ActRef = Type.Object({
  issuer: localized,
  kind: localized,
  number: Type.String({ minLength: 1 }),
  date: isoDate,
});

const NewVersion = Type.Object(
  {
    copyFrom: Type.Optional(Type.String()),
    code: Type.String({ pattern: '^[a-z0-9-]{1,40}$' }),
    label: localized,
    validFrom: isoDate,
    validTo: Type.Union([isoDate, Type.Null()]),
    validitySource: Source,
    basis: Type.Array(ActRef, { minItems: 1 }),
    changes: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);

const Publication = Type.Object(
  { publishedOn: isoDate, source: Source },
  { additionalProperties: false },
);

export function adminRoutes(api: Api): void {
  api.post(
    '/admin/services/:code/versions',
    { schema: { tags: ['admin'], params: Type.Object({ code: Type.String() }), body: NewVersion } },
    async (req, reply) => {
      const version = await addServiceVersion(api.app, signedIn(req), {
        ...req.body,
        serviceCode: req.params.code,
        changes: req.body.changes ?? {},
      });

      return reply.status(201).send({ version });
    },
  );

  api.put(
    '/admin/act/life/:event',
    {
      schema: {
        tags: ['admin'],
        params: Type.Object({
          event: Type.Union([
            Type.Literal('adopted'),
            Type.Literal('amended'),
            Type.Literal('repealed'),
          ]),
        }),
        body: Publication,
      },
    },
    async (req) => ({
      act: await setActPublication(
        api.app,
        signedIn(req),
        req.params.event,
        req.body.publishedOn,
        req.body.source,
      ),
    }),
  );

  api.get('/admin/audit-log', { schema: { tags: ['admin'] } }, async (req) => {
    requireRole(signedIn(req), 'admin', 'auditor');

    return { records: await api.app.store.audit.list(200) };
  });
}
