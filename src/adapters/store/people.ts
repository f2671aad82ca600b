import type { Kysely } from 'kysely';
import type { SessionRepository, User, UserRepository, UserRole } from '../../application/ports.js';
import type { Lang } from '../../domain/shared/text.js';
import type { Database } from './schema.js';

type Db = Kysely<Database>;

export function toUser(r: Database['users']): User {
  return {
    id: r.id,
    login: r.login,
    fullName: r.full_name,
    role: r.role as UserRole,
    providerCode: r.provider_code,
    language: r.language as Lang,
    active: r.active === 1,
  };
}

export function userRepository(db: Db, now: () => number): UserRepository {
  return {
    async byId(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

      return row === undefined ? null : toUser(row);
    },
    async byLogin(login) {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where('login', '=', login)
        .executeTakeFirst();

      return row === undefined ? null : { ...toUser(row), passwordHash: row.password_hash };
    },
    async list(providerCode, role) {
      let q = db.selectFrom('users').selectAll().where('provider_code', '=', providerCode);

      if (role !== undefined) q = q.where('role', '=', role);

      return (await q.orderBy('full_name').execute()).map(toUser);
    },
    async heads() {
      const rows = await db
        .selectFrom('users')
        .selectAll()
        .where('role', '=', 'head')
        .where('active', '=', 1)
        .orderBy('created_at')
        .execute();

      return new Map(rows.reverse().map((r) => [r.provider_code, toUser(r)]));
    },
    async insert(user) {
      await db
        .insertInto('users')
        .values({
          id: user.id,
          login: user.login,
          password_hash: user.passwordHash,
          full_name: user.fullName,
          role: user.role,
          provider_code: user.providerCode,
          language: user.language,
          active: user.active ? 1 : 0,
          created_at: now(),
        })
        .execute();
    },
    async update(id, changes) {
      await db
        .updateTable('users')
        .set({
          ...(changes.fullName === undefined ? {} : { full_name: changes.fullName }),
          ...(changes.role === undefined ? {} : { role: changes.role }),
          ...(changes.language === undefined ? {} : { language: changes.language }),
          ...(changes.active === undefined ? {} : { active: changes.active ? 1 : 0 }),
          ...(changes.passwordHash === undefined ? {} : { password_hash: changes.passwordHash }),
        })
        .where('id', '=', id)
        .execute();
    },
    async setLanguage(id, language) {
      await db.updateTable('users').set({ language }).where('id', '=', id).execute();
    },
  };
}

export function sessionRepository(db: Db): SessionRepository {
  return {
    async create(tokenHash, userId, now, expiresAt) {
      await db
        .insertInto('sessions')
        .values({ token_hash: tokenHash, user_id: userId, created_at: now, expires_at: expiresAt })
        .execute();
    },
    async userId(tokenHash, now) {
      const row = await db
        .selectFrom('sessions')
        .select('user_id')
        .where('token_hash', '=', tokenHash)
        .where('expires_at', '>', now)
        .executeTakeFirst();

      return row?.user_id ?? null;
    },
    async remove(tokenHash) {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
    async purgeExpired(now) {
      await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
    },
  };
}
