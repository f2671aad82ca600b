import { inForceFrom } from '../../domain/regulation/act-life.js';
import { checkVersion } from '../../domain/regulation/check-version.js';
import type { Act, ActEvent, Service, ServiceVersion } from '../../domain/regulation/types.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import { addDays } from '../../domain/shared/reader.js';
import type { Source } from '../../domain/shared/text.js';
import type { IsoDate } from '../../domain/shared/time.js';
import { requireRole } from '../access.js';
import type { App } from '../context.js';
import type { User } from '../ports.js';

/**
 * The seed lacks the publication dates that decide when the act, its amendment and its repeal
 * took effect. The administrator sets one from the register. The periods of the versions that
 * depend on it are recomputed and checked first; only a change that leaves every version valid
 * is written, with its audit record, in one transaction.
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

  if (act === null || target === undefined) {
    throw new ReglamentError('VERSION_NOT_FOUND', { event });
  }
  if (publishedOn < target.act.date) {
    throw new ReglamentError('DATE_ORDER', { field: 'publishedOn', notBefore: target.act.date });
  }

  const updated: Act = {
    ...act,
    life: act.life.map((e) =>
      e === target ? { ...e, publishedOn, publicationSource: source } : e,
    ),
  };
  const renewed = renewedPeriods(updated, await app.services());

  await app.store.transaction(async (store) => {
    await store.catalogue.saveAct(updated, app.clock.now());
    for (const v of renewed) await store.catalogue.updateValidity(v.id, v.validFrom, v.validTo);
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

/**
 * Every version whose period follows from the act's life, with its new period; refuses with
 * DEFINITION_INVALID, naming each service and version, if any would end before it starts or
 * overlap another version of its service.
 */
function renewedPeriods(act: Act, services: readonly Service[]): ServiceVersion[] {
  const spans = spanDates(act);
  const problems: string[] = [];
  const renewed = services.flatMap((s) => {
    const versions = s.versions.map((v) => {
      const span = spans.find(({ id }) => v.id === `${s.code}@${id}`);

      return span === undefined ? v : { ...v, validFrom: span.from, validTo: span.to };
    });

    problems.push(...periodProblems(versions));

    return versions.filter((v, i) => v !== s.versions[i]);
  });

  if (problems.length > 0) throw new ReglamentError('DEFINITION_INVALID', { problems });

  return renewed;
}

function periodProblems(versions: readonly ServiceVersion[]): string[] {
  const end = (v: ServiceVersion): string => v.validTo ?? '9999-12-31';

  return versions.flatMap((v, i) => [
    ...checkVersion(v).map((p) => `version ${v.id}, field ${p.path}: ${p.problem}`),
    ...versions
      .slice(i + 1)
      .filter((w) => v.validFrom <= end(w) && w.validFrom <= end(v))
      .map((w) => `version ${v.id} would overlap ${w.id}`),
  ]);
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
