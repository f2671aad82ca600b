import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openPage, type UserPage } from './browser.js';
import {
  type ApplicantSpec,
  type AttorneySpec,
  caseIdOf,
  expectStep,
  fillIntake,
  openFromInbox,
  signIn,
} from './desk.js';
import { requiredDocuments, stepName } from './regulation.js';
import { printed, screen } from './screens.js';
import { DAY_MS, HOUR_MS, type TestOffice } from './server.js';
import { TEXTS, type Lang } from './texts.js';

/** One service's case from the desk to the handover, and the data its forms need. */
export interface ServiceJourney {
  readonly service: string;
  readonly applicant: ApplicantSpec;
  readonly attorney?: AttorneySpec;
  /** The officer's draft as typed: result field code → value. */
  readonly draft: Readonly<Record<string, string>>;
  /** The draft as the record keeps it, where that differs from what was typed. */
  readonly stored?: Readonly<Record<string, string>>;
}

export interface Cast {
  readonly lang: Lang;
  /** When the applicant comes to the desk (epoch ms, office time). */
  readonly start: number;
  readonly officer: { readonly login: string; readonly name: string };
}

/**
 * Runs a whole case through the web application as three people would: the clerk accepts it,
 * the head forwards it, the officer drafts and submits, the head signs, the clerk hands it
 * over. Each screen is photographed and checked with axe on the way. Returns the case id.
 */
export async function runJourney(
  office: TestOffice,
  browser: Browser,
  cast: Cast,
  journey: ServiceJourney,
): Promise<string> {
  const prefix = `${cast.lang}-${journey.service}`;
  const open = () => openPage(browser, office.url, cast.lang);

  office.clock.set(cast.start);

  const clerk = await open();
  const { caseId, number } = await intake(clerk, cast.lang, journey, prefix);

  office.clock.set(cast.start + HOUR_MS);
  await forward(await open(), cast, number, prefix);

  office.clock.set(cast.start + 2 * DAY_MS + 2 * HOUR_MS);
  await draft(await open(), cast, number, journey, prefix);

  office.clock.set(cast.start + 2 * DAY_MS + 5 * HOUR_MS);
  await sign(await open(), cast.lang, number, prefix);

  office.clock.set(cast.start + 3 * DAY_MS);
  await issue(clerk, cast.lang, number, journey, prefix);

  return caseId;
}

async function intake(user: UserPage, lang: Lang, journey: ServiceJourney, prefix: string) {
  const { page } = user;

  await signIn(page, 'clerk', lang);
  await fillIntake(
    page,
    journey.service,
    journey.applicant,
    requiredDocuments(journey.service),
    journey.attorney,
  );
  expect(await screen(page, `${prefix}-1-intake`)).toEqual([]);

  await page.getByTestId('accept').click();
  await page.getByTestId('receipt').waitFor();

  const number = (await page.getByTestId('incoming-number').textContent()) ?? '';

  expect(number).toMatch(/^ДІБ-2019-\d{5}$/);
  expect(await screen(page, `${prefix}-2-receipt`)).toEqual([]);
  expect(await printed(page, `${prefix}-2-receipt-print`)).toBe(true);

  return { caseId: caseIdOf(page), number };
}

async function forward(user: UserPage, cast: Cast, number: string, prefix: string) {
  const { page } = user;

  await signIn(page, 'head', cast.lang);
  await page.getByTestId('case-table').getByText(number).waitFor();
  expect(await screen(page, `${prefix}-3-head-inbox`)).toEqual([]);

  await openFromInbox(page, number);
  await expectStep(page, stepName('routing', cast.lang));
  await page.getByText(cast.officer.name).click();
  expect(await screen(page, `${prefix}-4-forward`)).toEqual([]);

  await page.getByTestId('forward').click();
  await expectStep(page, stepName('execution', cast.lang));
  await expect
    .poll(() => page.getByTestId('case-holder').textContent())
    .toContain(cast.officer.name);
  await finish(user);
}

async function draft(
  user: UserPage,
  cast: Cast,
  number: string,
  journey: ServiceJourney,
  prefix: string,
) {
  const { page } = user;
  const fields = Object.entries(journey.draft);
  const [firstCode, firstValue] = fields[0]!;

  await signIn(page, cast.officer.login, cast.lang);
  await openFromInbox(page, number);
  await page.getByTestId(`field-${firstCode}`).fill(firstValue);
  await page.getByTestId('save-draft').click();
  await page.getByTestId('draft-view').waitFor();

  for (const [code, value] of fields.slice(1)) await page.getByTestId(`field-${code}`).fill(value);
  expect(await screen(page, `${prefix}-5-draft`)).toEqual([]);

  await page.getByTestId('submit-draft').click();
  await expectStep(page, stepName('signing', cast.lang));
  await finish(user);
}

async function sign(user: UserPage, lang: Lang, number: string, prefix: string) {
  const { page } = user;

  await signIn(page, 'head', lang);
  await openFromInbox(page, number);
  await page.getByTestId('draft-view').waitFor();
  expect(await screen(page, `${prefix}-6-sign`)).toEqual([]);

  await page.getByTestId('sign').click();
  await expectStep(page, stepName('issuance', lang));
  await finish(user);
}

async function issue(
  user: UserPage,
  lang: Lang,
  number: string,
  journey: ServiceJourney,
  prefix: string,
) {
  const { page } = user;

  await openFromInbox(page, number);

  if (journey.attorney !== undefined) {
    await expect
      .poll(() => page.getByTestId('received-by').inputValue())
      .toBe(journey.attorney.fullName);
  }

  expect(await screen(page, `${prefix}-7-issue`)).toEqual([]);
  await page.getByTestId('issue').click();
  await expect
    .poll(() => page.getByTestId('case-outcome').textContent())
    .toBe(TEXTS[lang].case.issued);
  await openExplanations(page);
  expect(await screen(page, `${prefix}-8-closed`)).toEqual([]);
  await finish(user);
}

/** Unfolds every deadline explanation of the timeline, as a curious reader would. */
export async function openExplanations(page: Page): Promise<void> {
  for (const summary of await page.locator('details.explanation > summary').all()) {
    await summary.click();
  }
}

async function finish(user: UserPage): Promise<void> {
  expect(user.errors).toEqual([]);
  await user.context.close();
}
