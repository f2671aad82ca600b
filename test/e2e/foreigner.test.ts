import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.js';
import {
  type ApplicantSpec,
  caseIdOf,
  fillIntake,
  openCase,
  rowNumbers,
  searchCases,
  signIn,
  switchLanguage,
} from './support/desk.js';
import { requiredDocuments } from './support/regulation.js';
import { printed, screen } from './support/screens.js';
import { DAY_MS, startOffice, TRAINING_START, type TestOffice } from './support/server.js';
import { TEXTS } from './support/texts.js';
import { fieldError, watchWrites } from './support/watch.js';

const SERVICE = 'missionary-registration';

/** A missionary sent from abroad: no IIN, a Czech passport instead. */
const MISSIONARY: ApplicantSpec = {
  kind: 'foreign-person',
  number: '45 1234567',
  names: ['Novák', 'Jan'],
  citizenship: 'Чехия Республикасы',
};

describe('a foreign citizen without an IIN applies by the document presented', () => {
  let office: TestOffice;
  let browser: Browser;

  beforeAll(async () => {
    office = await startOffice();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await office.close();
  });

  const storedCases = async () =>
    (await office.app.store.cases.list({ limit: 100, offset: 0 })).total;

  it('the clerk accepts a missionary by passport; the receipt names citizenship and document (kk)', async () => {
    const line = 'Novák Jan, азаматтығы: Чехия Республикасы, құжат № 45 1234567';
    const { page, errors } = await openPage(browser, office.url, 'kk');

    office.clock.set(TRAINING_START);
    await signIn(page, 'clerk', 'kk');
    await fillIntake(page, SERVICE, MISSIONARY, [
      ...requiredDocuments(SERVICE),
      'foreign-organisation-papers',
    ]);
    expect(await screen(page, 'kk-intake-foreigner')).toEqual([]);

    const writes = watchWrites(page);

    await page.getByTestId('accept').click();
    await page.getByTestId('receipt').waitFor();

    const id = caseIdOf(page);
    const number = (await page.getByTestId('incoming-number').textContent()) ?? '';

    expect(await page.getByTestId('sheet-applicant').textContent()).toBe(line);
    expect(await screen(page, 'kk-foreigner-receipt')).toEqual([]);
    expect(await printed(page, 'kk-foreigner-receipt-print')).toBe(true);
    expect(writes).toEqual(['/api/v1/cases', `/api/v1/cases/${id}/accept`]);
    expect((await office.app.store.cases.get(id))?.applicant).toEqual({
      kind: 'foreign-person',
      surname: 'Novák',
      givenName: 'Jan',
      citizenship: 'Чехия Республикасы',
      documentNumber: '45 1234567',
    });

    // The applicant asks for the receipt in Russian: the sheet follows the switch on its page.
    await switchLanguage(page, 'ru');
    await expect
      .poll(() => page.getByTestId('sheet-applicant').textContent())
      .toBe('Novák Jan, гражданство: Чехия Республикасы, документ № 45 1234567');
    expect(await screen(page, 'ru-foreigner-receipt')).toEqual([]);
    await switchLanguage(page, 'kk');

    await openCase(page, id);
    expect(await page.getByTestId('case-applicant').textContent()).toBe(line);
    expect(await screen(page, 'kk-foreigner-case')).toEqual([]);

    await page.getByTestId('nav-cases').click();
    await searchCases(page, '45 1234567');
    await expect.poll(() => rowNumbers(page)).toEqual([number]);
    expect(await screen(page, 'kk-cases-by-document')).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('an empty citizenship and a document number with a № sign stop the intake (ru)', async () => {
    const t = TEXTS.ru;
    const before = await storedCases();
    const { page, errors } = await openPage(browser, office.url, 'ru');

    office.clock.set(TRAINING_START + DAY_MS);
    await signIn(page, 'clerk', 'ru');
    await fillIntake(
      page,
      SERVICE,
      { ...MISSIONARY, number: '№ 451234567', citizenship: ' ' },
      requiredDocuments(SERVICE),
    );

    const writes = watchWrites(page);

    await page.getByTestId('accept').click();
    await expect
      .poll(() => fieldError(page, 'applicant-citizenship').textContent())
      .toBe(t.validation.required);
    expect(await fieldError(page, 'applicant-document-number').textContent()).toBe(
      t.validation.documentNumber,
    );
    expect(await screen(page, 'ru-intake-foreigner-errors')).toEqual([]);
    expect(writes).toEqual([]);
    expect(await storedCases()).toBe(before);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a citizen of Kazakhstan entered as a foreigner is sent back to the IIN (en)', async () => {
    const before = await storedCases();
    const { page, errors } = await openPage(browser, office.url, 'en');

    office.clock.set(TRAINING_START + DAY_MS);
    await signIn(page, 'clerk', 'en');
    await fillIntake(
      page,
      SERVICE,
      { ...MISSIONARY, citizenship: 'Республика Казахстан' },
      requiredDocuments(SERVICE),
    );

    const writes = watchWrites(page);

    await page.getByTestId('accept').click();
    await expect
      .poll(() => fieldError(page, 'applicant-citizenship').textContent())
      .toBe(TEXTS.en.validation.citizenNeedsIin);
    expect(await screen(page, 'en-intake-foreigner-citizen')).toEqual([]);
    expect(writes).toEqual([]);
    expect(await storedCases()).toBe(before);
    expect(errors).toEqual([]);
  }, 60_000);
});
