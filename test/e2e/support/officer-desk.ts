import type { Browser } from 'playwright-core';
import type { AcceptedCase, OfficeApi } from './api.js';
import { openPage, type UserPage } from './browser.js';
import { openFromInbox, signIn } from './desk.js';
import type { Lang } from './texts.js';

/** Who applies, for a case set up through the API. */
export interface Application {
  readonly service: string;
  readonly iin: string;
  readonly surname: string;
}

/**
 * A case accepted and forwarded through the API, open at the officer's desk in a browser: the
 * starting point of every test of the officer's draft.
 */
export async function atOfficerDesk(
  browser: Browser,
  api: OfficeApi,
  application: Application,
  officer: string,
  lang: Lang,
): Promise<AcceptedCase & UserPage> {
  const accepted = await api.accepted(application.service, application.iin, application.surname);

  await api.forwarded(accepted.id, officer);

  const user = await openPage(browser, api.url, lang);

  await signIn(user.page, officer, lang);
  await openFromInbox(user.page, accepted.number);

  return { ...accepted, ...user };
}
