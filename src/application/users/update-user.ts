import { requireText } from '../../domain/shared/plain-text.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import type { Lang } from '../../domain/shared/text.js';
import { requireRole } from '../access.js';
import type { App } from '../context.js';
import type { User, UserChanges, UserRole } from '../ports.js';
import { checkPassword } from './password-policy.js';

export interface UserUpdate {
  readonly fullName?: string;
  readonly role?: UserRole;
  readonly language?: Lang;
  readonly active?: boolean;
  readonly password?: string;
}

/**
 * The administrator changes an account of the office: name, role, language, a new password,
 * or deactivation (a person who left keeps their name in the history but can no longer sign
 * in). An administrator cannot deactivate or demote their own account, so an office never
 * locks itself out.
 */
export async function updateUser(
  app: App,
  admin: User,
  id: string,
  update: UserUpdate,
): Promise<User> {
  requireRole(admin, 'admin');

  const current = await app.store.users.byId(id);

  if (current === null || current.providerCode !== admin.providerCode) {
    throw new ReglamentError('USER_NOT_FOUND', { userId: id });
  }
  if (id === admin.id && (update.active === false || (update.role ?? 'admin') !== 'admin')) {
    throw new ReglamentError('ROLE_FORBIDDEN', { role: admin.role });
  }

  const changes = await toChanges(app, update);

  await app.store.transaction(async (store) => {
    await store.users.update(id, changes);
    await store.audit.append({
      at: app.clock.now(),
      actorId: admin.id,
      action: 'user.updated',
      subject: id,
      before: { role: current.role, active: current.active },
      after: { ...update, password: update.password === undefined ? undefined : '(changed)' },
    });
  });
  app.log.info({ userId: id }, 'user updated');

  return (await app.store.users.byId(id))!;
}

async function toChanges(app: App, update: UserUpdate): Promise<UserChanges> {
  if (update.fullName !== undefined) {
    const bad = requireText(update.fullName, 'fullName');

    if (bad !== null) throw ReglamentError.from(bad);
  }
  if (update.password !== undefined) checkPassword(update.password);

  const { password, fullName, ...rest } = update;

  return {
    ...rest,
    ...(fullName === undefined ? {} : { fullName: fullName.trim() }),
    ...(password === undefined ? {} : { passwordHash: await app.passwords.hash(password) }),
  };
}
