import { decide, evolve, type CaseState } from '../../domain/case/index.js';
import { versionInForce } from '../../domain/regulation/version-in-force.js';
import type { Service, ServiceVersion } from '../../domain/regulation/types.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import { asActor, findService, findVersion, orThrow } from '../access.js';
import type { App } from '../context.js';
import type { User } from '../ports.js';
import type { WorkingTime } from '../working-time.js';
import { prepareCommand, type CaseAction } from './prepare-command.js';

/**
 * Every step of a case goes through here: load the case, check the caller saw its latest
 * revision, decide, and append the events with the new state in one transaction. A rejection
 * rolls the whole transaction back, including an incoming number allocated for it.
 *
 * @example
 *   await actOnCase(app, head, caseId, { type: 'forward', officerId }, 3);
 */
export async function actOnCase(
  app: App,
  user: User,
  caseId: string,
  action: CaseAction,
  expectedRevision?: number,
): Promise<CaseState> {
  const actor = asActor(user);
  const services = await app.services();
  const time = app.workingTime();
  const now = app.clock.now();

  const next = await app.store.transaction(async (store) => {
    const state = await store.cases.get(caseId);

    if (state === null) throw new ReglamentError('CASE_NOT_FOUND', { caseId });
    if (expectedRevision !== undefined && expectedRevision !== state.revision) {
      throw new ReglamentError('CONCURRENT_UPDATE', { caseId, expected: expectedRevision });
    }

    const version = pinnedVersion(services, state, action, time, now);
    const command = await prepareCommand(store, state, action, version, time, now);
    const ctx = { now, actor, version, deadline: time.deadline.bind(time), localDate: time.localDate.bind(time) };
    const events = orThrow(decide(state, command, ctx));
    const after = events.reduce<CaseState>(evolve, state);

    await store.cases.append(after, state.revision, events);

    return after;
  });

  app.log.info({ caseId, action: action.type, revision: next.revision }, 'case command applied');

  return next;
}

/**
 * Acceptance pins the case to the version in force on the acceptance date; every later step
 * runs on the pinned version whatever has been published since.
 */
function pinnedVersion(
  services: readonly Service[],
  state: CaseState,
  action: CaseAction,
  time: WorkingTime,
  now: number,
): ServiceVersion {
  if (action.type !== 'accept' || state.status !== 'intake') {
    return findVersion(services, state.versionId);
  }

  return orThrow(versionInForce(findService(services, state.serviceCode), time.localDate(now)));
}
