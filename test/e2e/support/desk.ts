import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { TEXTS, type Lang } from './texts.js';

export const PASSWORD = 'reglament-2019';

/** Signs in through the form and switches the interface to `lang` if it is not already. */
export async function signIn(page: Page, login: string, lang: Lang): Promise<void> {
  await page.goto('/inbox');
  await page.getByTestId('login').fill(login);
  await page.getByTestId('password').fill(PASSWORD);
  await page.getByTestId('sign-in').click();
  await page.getByTestId('user-line').waitFor();
  await switchLanguage(page, lang);
}

/** Signs in at the bare address, where each role lands on its own start page. */
export async function signInHome(page: Page, login: string, lang: Lang): Promise<void> {
  await page.goto('/');
  await page.getByTestId('login').fill(login);
  await page.getByTestId('password').fill(PASSWORD);
  await page.getByTestId('sign-in').click();
  await page.getByTestId('user-line').waitFor();
  await switchLanguage(page, lang);
}

export async function switchLanguage(page: Page, lang: Lang): Promise<void> {
  if ((await page.getAttribute('html', 'lang')) !== lang) {
    await page.getByTestId(`lang-${lang}`).click();
    await page.waitForSelector(`html[lang="${lang}"]`);
  }
}

/** An applicant as the clerk types it: `number` is the IIN, the BIN or the document number. */
export type ApplicantSpec =
  | {
      readonly kind: 'person' | 'organisation';
      readonly number: string;
      readonly names: readonly string[];
    }
  | {
      readonly kind: 'foreign-person';
      readonly number: string;
      readonly names: readonly string[];
      readonly citizenship: string;
    };

export interface AttorneySpec {
  readonly fullName: string;
  readonly iin: string;
  readonly poaNumber: string;
  readonly poaDate: string;
}

/** Fills the intake form: service, applicant, an optional attorney, the documents ticked. */
export async function fillIntake(
  page: Page,
  service: string,
  applicant: ApplicantSpec,
  documents: readonly string[],
  attorney?: AttorneySpec,
): Promise<void> {
  await page.goto('/intake');
  await page.getByTestId(`service-${service}`).click();
  await fillApplicant(page, applicant);

  if (attorney !== undefined) {
    await page.getByTestId('via-attorney').check();
    await page.getByTestId('attorney-name').fill(attorney.fullName);
    await page.getByTestId('attorney-iin').fill(attorney.iin);
    await page.getByTestId('poa-number').fill(attorney.poaNumber);
    await page.getByTestId('poa-date').fill(attorney.poaDate);
  }

  for (const code of documents) await page.getByTestId(`doc-${code}`).check();
}

async function fillApplicant(page: Page, applicant: ApplicantSpec): Promise<void> {
  if (applicant.kind === 'organisation') {
    await page.getByText(/^(Заңды тұлға|Юридическое лицо|Organisation)$/).click();
    await page.getByTestId('applicant-bin').fill(applicant.number);
    await page.getByTestId('applicant-name').fill(applicant.names[0] ?? '');

    return;
  }

  if (applicant.kind === 'foreign-person') {
    const lang = (await page.getAttribute('html', 'lang')) as Lang;

    await page.getByText(TEXTS[lang].intake.foreignPerson, { exact: true }).click();
    await fillNames(page, applicant.names);
    await page.getByTestId('applicant-citizenship').fill(applicant.citizenship);
    await page.getByTestId('applicant-document-number').fill(applicant.number);

    return;
  }

  await page.getByTestId('applicant-iin').fill(applicant.number);
  await fillNames(page, applicant.names);
}

async function fillNames(page: Page, names: readonly string[]): Promise<void> {
  await page.getByTestId('applicant-surname').fill(names[0] ?? '');
  await page.getByTestId('applicant-given-name').fill(names[1] ?? '');
  await page.getByTestId('applicant-patronymic').fill(names[2] ?? '');
}

/** The case id of the page's address, `/cases/:id` or `/cases/:id/receipt`. */
export function caseIdOf(page: Page): string {
  const id = new URL(page.url()).pathname.split('/')[2];

  expect(id).toBeTruthy();

  return id!;
}

export async function openCase(page: Page, caseId: string): Promise<void> {
  await page.goto(`/cases/${caseId}`);
  await page.getByTestId('case-title').waitFor();
}

/** Opens the case from the inbox by its incoming number, as a user would. */
export async function openFromInbox(page: Page, incomingNumber: string): Promise<void> {
  await page.goto('/inbox');
  await page.getByTestId('case-table').getByText(incomingNumber).click();
  await page.getByTestId('case-title').waitFor();
}

/** The incoming numbers in the case table, top to bottom. */
export function rowNumbers(page: Page): Promise<string[]> {
  return page
    .getByTestId('case-table')
    .locator('tbody tr[data-row] td:first-child')
    .allTextContents();
}

/** Searches the case list by what the clerk types in its search box. */
export async function searchCases(page: Page, text: string): Promise<void> {
  await page.getByTestId('search').fill(text);
  await page.getByTestId('search-submit').click();
}

/** Waits until the case page shows the step named by `summary`, or the closed outcome. */
export async function expectStep(page: Page, summary: string): Promise<void> {
  await expect.poll(() => page.getByTestId('case-step').textContent()).toBe(summary);
}

export function texts(lang: Lang) {
  return TEXTS[lang];
}
