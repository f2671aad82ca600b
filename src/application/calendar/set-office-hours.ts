import { OfficeHours, type OfficeHoursDefinition } from '../../domain/calendar/index.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import { requireRole } from '../access.js';
import type { App } from '../context.js';
import type { User } from '../ports.js';

/** Where a provider's office hours are kept. */
export function officeHoursKey(providerCode: string): string {
  return `office-hours:${providerCode}`;
}

/**
 * The administrator sets a provider's office hours (the national norm is 09:00–13:00 and
 * 14:30–18:30). The hours are checked by the domain, stored with an audit record in one
 * transaction, and every deadline counted afterwards uses them; deadlines already recorded on
 * cases stay as they were recorded.
 *
 * @example
 *   await setOfficeHours(app, admin, 'atyrau-religious-affairs', {
 *     zone: 'Asia/Atyrau', utcOffsetMinutes: 300,
 *     segments: [{ start: '09:00', end: '13:00' }, { start: '14:30', end: '18:30' }] });
 */
export async function setOfficeHours(
  app: App,
  user: User,
  providerCode: string,
  definition: OfficeHoursDefinition,
): Promise<OfficeHoursDefinition> {
  requireRole(user, 'admin');

  const services = await app.services();

  if (!services.some((s) => s.versions.some((v) => v.provider.code === providerCode))) {
    throw new ReglamentError('PROVIDER_UNKNOWN', { provider: providerCode });
  }

  const hours = OfficeHours.from(definition).toDefinition();
  const before = app.workingTime(providerCode).officeHours;

  await app.store.transaction(async (store) => {
    await store.settings.set(officeHoursKey(providerCode), JSON.stringify(hours));
    await store.audit.append({
      at: app.clock.now(),
      actorId: user.id,
      action: 'office-hours.set',
      subject: providerCode,
      before,
      after: hours,
    });
  });
  await app.reload();
  app.log.info({ provider: providerCode }, 'office hours set');

  return hours;
}
