import { Type } from 'typebox';
import { requireRole } from '../../../application/access.js';
import { createUser } from '../../../application/users/create-user.js';
import { updateUser } from '../../../application/users/update-user.js';
import { signedIn } from '../auth.js';
import { IdParams, Lang } from '../schemas.js';
import type { Api } from '../server.js';

const Role = Type.Union([
  Type.Literal('clerk'),
  Type.Literal('head'),
  Type.Literal('officer'),
  Type.Literal('admin'),
  Type.Literal('auditor'),
]);
const Password = Type.String({ minLength: 1, maxLength: 200 });
const FullName = Type.String({ minLength: 1, maxLength: 300 });

const NewUserBody = Type.Object(
  {
    login: Type.String({ pattern: '^[A-Za-z0-9._-]{3,50}$' }),
    fullName: FullName,
    role: Role,
    language: Lang,
    password: Password,
  },
  { additionalProperties: false },
);

const UserUpdateBody = Type.Object(
  {
    fullName: Type.Optional(FullName),
    role: Type.Optional(Role),
    language: Type.Optional(Lang),
    active: Type.Optional(Type.Boolean()),
    password: Type.Optional(Password),
  },
  { additionalProperties: false, minProperties: 1 },
);

/** The office's accounts, managed by its administrator; every change is audited. */
export function userRoutes(api: Api): void {
  api.get('/admin/users', { schema: { tags: ['admin'] } }, async (req) => {
    const admin = signedIn(req);

    requireRole(admin, 'admin');

    return { users: await api.app.store.users.list(admin.providerCode) };
  });

  api.post(
    '/admin/users',
    { schema: { tags: ['admin'], body: NewUserBody } },
    async (req, reply) => {
      const user = await createUser(api.app, signedIn(req), req.body);

      return reply.status(201).send({ user });
    },
  );

  api.patch(
    '/admin/users/:id',
    { schema: { tags: ['admin'], params: IdParams, body: UserUpdateBody } },
    async (req) => ({
      user: await updateUser(api.app, signedIn(req), req.params.id, req.body),
    }),
  );
}
