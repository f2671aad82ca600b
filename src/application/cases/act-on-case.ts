import { decide, evolve, guardTurn, type CaseState } from '../../domain/case/index.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import { versionInForce } from '../../domain/regulation/version-in-force.js';
import type { Service, ServiceVersion } from '../../domain/regulation/types.js';
import { asActor, findService, findVersion, orThrow } from '../access.js';
import type { App } from '../context.js';
import type { CaseDecision, User } from '../ports.js';
import { decisionContext, type WorkingTime } from '../working-time.js';
import { needsOf, toCommand, type CaseAction } from './prepare-command.js';

/**
 * Every step of a case goes through here: the store loads the case, checks the caller saw its
 * latest revision, lets the engine decide, and appends the events with the new state in one
 * transaction. A refusal rolls all of it back, an incoming number allocated for it included.
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
  const now = app.clock.now();
  const year = (state: CaseState): number =>
    Number(app.workingTime(state.providerCode).localDate(now).slice(0, 4));

  const decision: CaseDecision = {
    needs: (state) => needsOf(state, action, year(state)),
    decide: (state, resolved) => {
      // The turn comes first: a repeated acceptance hears that the case has moved on, not that
      // a head the store did not look up for it is missing.
      const turn = guardTurn(state, action.type, actor);

      if (turn !== null) throw ReglamentError.from(turn);

      const time = app.workingTime(state.providerCode);
      const version = pinnedVersion(services, state, action, time, now);
      const n = resolved.incomingNumber;
      const incoming = n === null ? null : incomingNumber(version, year(state), n);
      const command = toCommand(state, action, resolved, incoming);
      const events = orThrow(decide(state, command, decisionContext(time, now, actor, version)));

      return { state: events.reduce<CaseState>(evolve, state), events };
    },
  };
  const next = await app.store.cases.change(caseId, expectedRevision, decision);

  app.log.info({ caseId, action: action.type, revision: next.revision }, 'case command applied');

  return next;
}

/** `ДІБ-2019-00042`: the provider's prefix, the year of acceptance, the number in that year. */
function incomingNumber(version: ServiceVersion, year: number, n: number): string {
  return `${version.provider.registryPrefix}-${year}-${String(n).padStart(5, '0')}`;
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
