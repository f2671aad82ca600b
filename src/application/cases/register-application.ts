import { decideRegistration, replay } from '../../domain/case/index.js';
import type { Applicant, CaseState, Representative } from '../../domain/case/index.js';
import { versionInForce } from '../../domain/regulation/version-in-force.js';
import { asActor, findService, orThrow } from '../access.js';
import type { App } from '../context.js';
import type { User } from '../ports.js';
import { decisionContext } from '../working-time.js';

export interface RegisterInput {
  readonly serviceCode: string;
  readonly applicant: Applicant;
  readonly representative: Representative | null;
  readonly documentsPresented: readonly string[];
}

/**
 * The clerk registers an application on the version of the regulation in force today. If no
 * version is in force (the act was repealed), the rejection names the repealing act.
 */
export async function registerApplication(
  app: App,
  user: User,
  input: RegisterInput,
): Promise<CaseState> {
  const actor = asActor(user);
  const service = findService(await app.services(), input.serviceCode);
  const time = app.workingTime(service.versions.at(-1)?.provider.code);
  const now = app.clock.now();
  const version = orThrow(versionInForce(service, time.localDate(now)));
  const ctx = decisionContext(time, now, actor, version);

  const events = orThrow(
    decideRegistration({ type: 'register', caseId: app.ids.next(), ...input }, ctx),
  );
  const state = replay(events)!;

  await app.store.cases.create(state, events);
  app.log.info({ caseId: state.id, service: service.code, revision: 1 }, 'case registered');

  return state;
}
