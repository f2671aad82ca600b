import type { CaseDetail } from '../../src/application/cases/get-case.js';
import { atyrau } from './calendar.js';
import { COMPLETE_DOCUMENTS, PERSON, POSITIVE_DRAFT, type ServiceCode } from './fixtures.js';
import type { Login, TestApp } from './app.js';

/** Moves the office clock to a local Atyrau time. */
export function at(t: TestApp, local: string): void {
  t.clock.set(atyrau(local));
}

/** Sends a command and returns the case detail, failing loudly with the problem if refused. */
export async function command(
  t: TestApp,
  as: Login,
  caseId: string,
  name: string,
  body: object = {},
): Promise<CaseDetail> {
  const response = await t.call(as, {
    method: 'POST',
    url: `/api/v1/cases/${caseId}/${name}`,
    payload: body,
  });

  if (response.statusCode !== 200)
    throw new Error(`${name}: ${response.statusCode} ${response.body}`);

  const detail: CaseDetail = response.json();

  return detail;
}

export async function registerCase(
  t: TestApp,
  service: ServiceCode,
  extra: object = {},
): Promise<CaseDetail> {
  const response = await t.call('clerk', {
    method: 'POST',
    url: '/api/v1/cases',
    payload: {
      serviceCode: service,
      applicant: PERSON,
      documentsPresented: COMPLETE_DOCUMENTS[service],
      ...extra,
    },
  });

  if (response.statusCode !== 201)
    throw new Error(`register: ${response.statusCode} ${response.body}`);

  const detail: CaseDetail = response.json();

  return detail;
}

/** Registers and brings a case to the step named, the ordinary way, on 4–6 March 2019. */
export async function caseAt(
  t: TestApp,
  service: ServiceCode,
  step: 'intake' | 'routing' | 'execution' | 'signing' | 'issuance',
): Promise<string> {
  at(t, '2019-03-04 09:00');

  const id = (await registerCase(t, service)).case.id;
  const moves: [typeof step, () => Promise<unknown>][] = [
    ['routing', () => command(t, 'clerk', id, 'accept')],
    ['execution', () => command(t, 'head', id, 'forward', { officerId: t.ids.officer1 })],
    [
      'signing',
      () => command(t, 'officer1', id, 'submit-draft', { draft: POSITIVE_DRAFT[service] }),
    ],
    ['issuance', () => command(t, 'head', id, 'sign')],
  ];

  for (const [reached, move] of moves) {
    if (step === 'intake') break;
    at(t, `2019-03-0${5 + moves.findIndex(([r]) => r === reached)} 10:00`);
    await move();
    if (reached === step) break;
  }

  return id;
}
