import { inForceFrom } from '../../domain/regulation/act-life.js';
import type { Act, ActEvent } from '../../domain/regulation/types.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import { addDays } from '../../domain/shared/reader.js';
import type { Source } from '../../domain/shared/text.js';
import type { IsoDate } from '../../domain/shared/time.js';
import { requireRole } from '../access.js';
import type { App } from '../context.js';
import type { User } from '../ports.js';

/**
 * The seed lacks the publication dates that decide when the act, its amendment and its repeal
 * took effect. The administrator sets one from the register; the periods of the versions that
 * depend on it are recomputed in the same transaction and the change is audited.
 */
export async function setActPublication(
  app: App,
  user: User,
  event: ActEvent['event'],
  publishedOn: IsoDate,
  source: Source,
): Promise<Act> {
  requireRole(user, 'admin');

  const act = await app.store.catalogue.act();
  const target = act?.life.find((e) => e.event === event);

  if (act === null || target === undefined)
    throw new ReglamentError('VERSION_NOT_FOUND', { event });

  const updated: Act = {
    ...act,
    life: act.life.map((e) =>
      e === target ? { ...e, publishedOn, publicationSource: source } : e,
    ),
  };
  const services = await app.services();

  await app.store.transaction(async (store) => {
    await store.catalogue.saveAct(updated, app.clock.now());
    for (const { id, from, to } of spanDates(updated)) {
      for (const s of services) await renew(store, `${s.code}@${id}`, from, to, s.versions);
    }
    await store.audit.append({
      at: app.clock.now(),
      actorId: user.id,
      action: 'act.publication-set',
      subject: `${act.code}/${event}`,
      before: target,
      after: { ...target, publishedOn, publicationSource: source },
    });
  });
  await app.reload();

  return updated;
}

function spanDates(act: Act): { id: string; from: IsoDate; to: IsoDate | null }[] {
  const at = (name: ActEvent['event'] | null): ActEvent | undefined =>
    act.life.find((e) => e.event === name);

  return act.spans.flatMap((span) => {
    const from = at(span.from);
    const to = at(span.to);

    if (from === undefined) return [];

    return [
      {
        id: span.code,
        from: inForceFrom(from),
        to: to === undefined ? null : addDays(inForceFrom(to), -1),
      },
    ];
  });
}

async function renew(
  store: App['store'],
  id: string,
  from: IsoDate,
  to: IsoDate | null,
  versions: readonly { id: string }[],
): Promise<void> {
  if (versions.some((v) => v.id === id)) await store.catalogue.updateValidity(id, from, to);
}
