import type { Static, TSchema } from 'typebox';
import { actOnCase } from '../../../application/cases/act-on-case.js';
import { getCase } from '../../../application/cases/get-case.js';
import { listCases } from '../../../application/cases/list-cases.js';
import type { CaseAction } from '../../../application/cases/prepare-command.js';
import { registerApplication } from '../../../application/cases/register-application.js';
import { verifyCaseHistory } from '../../../application/audit/verify-case-history.js';
import { signedIn } from '../auth.js';
import { Bodies, CaseListQuery, IdParams, RegisterBody } from '../schemas.js';
import type { Api } from '../server.js';

type Bodies = typeof Bodies;

/** Turns each command's request body into the use case's action. */
const ACTIONS: { [K in keyof Bodies]: (body: Static<Bodies[K]>) => CaseAction } = {
  'check-documents': (b) => ({ type: 'check-documents', presented: b.presented }),
  accept: () => ({ type: 'accept' }),
  'refuse-intake': (b) => ({ type: 'refuse-intake', missing: b.missing, reason: b.reason }),
  forward: (b) => ({ type: 'forward', officerId: b.officerId }),
  'save-draft': (b) => ({ type: 'save-draft', draft: b.draft }),
  'submit-draft': (b) => ({ type: 'submit-draft', draft: b.draft ?? null }),
  'return-draft': (b) => ({ type: 'return-draft', comment: b.comment }),
  sign: () => ({ type: 'sign' }),
  issue: (b) => ({
    type: 'issue',
    to: b.to,
    receivedBy: b.receivedBy,
    powerOfAttorney: b.powerOfAttorney ?? null,
  }),
};

export function caseRoutes(api: Api): void {
  api.post('/cases', { schema: { tags: ['cases'], body: RegisterBody } }, async (req, reply) => {
    const state = await registerApplication(api.app, signedIn(req), {
      ...req.body,
      representative: req.body.representative ?? null,
    });

    return reply.status(201).send(await getCase(api.app, signedIn(req), state.id));
  });

  api.get('/cases', { schema: { tags: ['cases'], querystring: CaseListQuery } }, (req) =>
    listCases(api.app, signedIn(req), {
      scope: req.query.scope ?? 'all',
      ...pickFilters(req.query),
    }),
  );

  api.get('/inbox', { schema: { tags: ['cases'], querystring: CaseListQuery } }, (req) =>
    listCases(api.app, signedIn(req), { ...pickFilters(req.query), scope: 'inbox' }),
  );

  api.get('/cases/:id', { schema: { tags: ['cases'], params: IdParams } }, (req) =>
    getCase(api.app, signedIn(req), req.params.id),
  );

  api.get('/cases/:id/audit', { schema: { tags: ['cases'], params: IdParams } }, (req) =>
    verifyCaseHistory(api.app, signedIn(req), req.params.id),
  );

  for (const name of Object.keys(Bodies) as (keyof Bodies)[]) commandRoute(api, name);
}

function commandRoute<K extends keyof Bodies>(api: Api, name: K): void {
  const schema: { tags: string[]; params: typeof IdParams; body: TSchema } = {
    tags: ['case commands'],
    params: IdParams,
    body: Bodies[name],
  };

  api.post<{ Params: Static<typeof IdParams>; Body: Static<Bodies[K]> }>(
    `/cases/:id/${name}`,
    { schema },
    async (req) => {
      const user = signedIn(req);
      const body = req.body as Static<Bodies[K]> & { expectedRevision?: number };
      const ifMatch = Number(req.headers['if-match']);
      const expected = body.expectedRevision ?? (Number.isInteger(ifMatch) ? ifMatch : undefined);

      await actOnCase(api.app, user, req.params.id, ACTIONS[name](body), expected);

      return getCase(api.app, user, req.params.id);
    },
  );
}

function pickFilters(q: Static<typeof CaseListQuery>) {
  return {
    ...(q.service === undefined ? {} : { serviceCode: q.service }),
    ...(q.step === undefined ? {} : { stepCode: q.step }),
    ...(q.state === undefined ? {} : { state: q.state }),
    ...(q.q === undefined ? {} : { search: q.q }),
    limit: q.limit ?? 50,
    offset: q.offset ?? 0,
  };
}
