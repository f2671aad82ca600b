import { requireText } from '../../domain/shared/plain-text.js';
import { requireRole } from '../access.js';
import type { App } from '../context.js';
import type { User, UserRole } from '../ports.js';
import type { Lang } from '../../domain/shared/text.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import { checkPassword } from './password-policy.js';

export interface NewUserInput {
  readonly login: string;
  readonly fullName: string;
  readonly role: UserRole;
  readonly language: Lang;
  readonly password: string;
}

/**
 * The administrator opens an account in the administrator's own office: a clerk, the head, a
 * responsible officer, an auditor or another administrator. The audit record names the
 * account and its role, never the password.
 */
export async function createUser(app: App, admin: User, input: NewUserInput): Promise<User> {
  requireRole(admin, 'admin');
  checkPassword(input.password);

  const badName = requireText(input.fullName, 'fullName');

  if (badName !== null) throw ReglamentError.from(badName);

  const login = input.login.trim().toLowerCase();

  if ((await app.store.users.byLogin(login)) !== null) {
    throw new ReglamentError('LOGIN_TAKEN', { login });
  }

  const user: User = {
    id: app.ids.next(),
    login,
    fullName: input.fullName.trim(),
    role: input.role,
    providerCode: admin.providerCode,
    language: input.language,
    active: true,
  };
  const passwordHash = await app.passwords.hash(input.password);

  await app.store.transaction(async (store) => {
    await store.users.insert({ ...user, passwordHash });
    await store.audit.append({
      at: app.clock.now(),
      actorId: admin.id,
      action: 'user.created',
      subject: user.id,
      before: null,
      after: { login, role: user.role, active: true },
    });
  });
  app.log.info({ userId: user.id, role: user.role }, 'user created');

  return user;
}
