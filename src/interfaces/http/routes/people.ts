import { Type } from 'typebox';
import { requireRole } from '../../../application/access.js';
import { signedIn } from '../auth.js';
import type { Api } from '../server.js';

const Query = Type.Object({
  role: Type.Optional(
    Type.Union([Type.Literal('clerk'), Type.Literal('head'), Type.Literal('officer')]),
  ),
});

/** The provider's staff, with how many open cases each holds: the head's choice of officer. */
export function peopleRoutes(api: Api): void {
  api.get('/users', { schema: { tags: ['people'], querystring: Query } }, async (req) => {
    const user = signedIn(req);

    requireRole(user, 'clerk', 'head', 'officer', 'admin', 'auditor');

    const [people, load] = await Promise.all([
      api.app.store.users.list(user.providerCode, req.query.role),
      api.app.store.cases.loadByHolder(user.providerCode),
    ]);

    // Admins and auditors read histories that name people who have since left: they see all.
    const everyone = user.role === 'admin' || user.role === 'auditor';

    return {
      users: people
        .filter((p) => p.active || everyone)
        .map((p) => ({
          id: p.id,
          fullName: p.fullName,
          role: p.role,
          active: p.active,
          openCases: load.get(p.id) ?? 0,
        })),
    };
  });
}
