import { Type } from 'typebox';
import { SESSION_TTL_MS, signIn, signOut } from '../../../application/auth/sign-in.js';
import { sessionCookie, signedIn, tokenOf } from '../auth.js';
import { Lang, SignInBody } from '../schemas.js';
import type { Api } from '../server.js';

export function authRoutes(api: Api): void {
  api.post(
    '/auth/sign-in',
    { schema: { tags: ['auth'], body: SignInBody } },
    async (req, reply) => {
      const session = await signIn(api.app, req.body.login, req.body.password);

      sessionCookie(reply, session.token, SESSION_TTL_MS);

      return session;
    },
  );

  api.post('/auth/sign-out', { schema: { tags: ['auth'] } }, async (req, reply) => {
    const token = tokenOf(req);

    if (token !== null) await signOut(api.app, token);
    sessionCookie(reply, '', 0);

    return reply.status(204).send();
  });

  // Anonymous callers get `{ user: null }`: asking who one is is not an error.
  api.get('/auth/me', { schema: { tags: ['auth'] } }, (req) => ({ user: req.user }));

  api.put(
    '/auth/me/language',
    { schema: { tags: ['auth'], body: Type.Object({ language: Lang }) } },
    async (req, reply) => {
      await api.app.store.users.setLanguage(signedIn(req).id, req.body.language);

      return reply.status(204).send();
    },
  );
}
