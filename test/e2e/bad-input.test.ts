import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { OfficeApi } from './support/api.js';
import { launchBrowser, openPage } from './support/browser.js';
import { fillIntake, openFromInbox, signIn, switchLanguage } from './support/desk.js';
import { atOfficerDesk } from './support/officer-desk.js';
import { requiredDocuments } from './support/regulation.js';
import { screen } from './support/screens.js';
import { DAY_MS, HOUR_MS, startOffice, TRAINING_START, type TestOffice } from './support/server.js';
import { TEXTS } from './support/texts.js';
import { fieldError, watchWrites } from './support/watch.js';

const at = (days: number, hours = 0) => TRAINING_START + days * DAY_MS + hours * HOUR_MS;

describe('bad input is caught at its field, in the user’s language, before anything is sent', () => {
  let office: TestOffice;
  let browser: Browser;
  let api: OfficeApi;

  beforeAll(async () => {
    office = await startOffice();
    browser = await launchBrowser();
    api = new OfficeApi(office);
  });

  afterAll(async () => {
    await browser.close();
    await office.close();
  });

  const storedCases = async () =>
    (await office.app.store.cases.list({ limit: 100, offset: 0 })).total;

  it('a wrong IIN check digit, an empty surname and a future power of attorney stop the intake (kk)', async () => {
    const t = TEXTS.kk;
    const service = 'religious-event-premises';
    const { page, errors } = await openPage(browser, office.url, 'kk');

    office.clock.set(at(0));
    await signIn(page, 'clerk', 'kk');
    await fillIntake(
      page,
      service,
      { kind: 'person', number: '850615300128', names: ['', 'Нұрлан'] },
      requiredDocuments(service),
      { fullName: 'Жақсыбеков Арман', iin: '851315300129', poaNumber: '5', poaDate: '2019-03-05' },
    );

    const writes = watchWrites(page);

    await page.getByTestId('accept').click();
    await expect
      .poll(() => fieldError(page, 'applicant-iin').textContent())
      .toBe(t.validation.iinChecksum);
    expect(await fieldError(page, 'applicant-surname').textContent()).toBe(t.validation.required);
    expect(await fieldError(page, 'attorney-iin').textContent()).toBe(t.validation.iinDate);
    expect(await fieldError(page, 'poa-date').textContent()).toBe(
      t.validation.future.replace('{{date}}', '04.03.2019'),
    );
    expect(await screen(page, 'kk-intake-errors')).toEqual([]);
    expect(await page.getByTestId('refuse').isDisabled()).toBe(true);
    expect(writes).toEqual([]);

    // Switching the language saves the user's choice and nothing else.
    await switchLanguage(page, 'ru');
    await expect
      .poll(() => fieldError(page, 'applicant-iin').textContent())
      .toBe(TEXTS.ru.validation.iinChecksum);
    expect(await fieldError(page, 'applicant-surname').textContent()).toBe(
      TEXTS.ru.validation.required,
    );
    expect(await fieldError(page, 'poa-date').textContent()).toBe(
      TEXTS.ru.validation.future.replace('{{date}}', '04.03.2019'),
    );
    expect(writes).toEqual(['/api/v1/auth/me/language']);
    expect(await storedCases()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a BIN with a wrong month or check digit is caught in Russian, and so is a short IIN', async () => {
    const t = TEXTS.ru;
    const service = 'religious-literature-premises';
    const { page, errors } = await openPage(browser, office.url, 'ru');

    await signIn(page, 'clerk', 'ru');
    await fillIntake(
      page,
      service,
      { kind: 'organisation', number: '151340001236', names: ['ТОО «Ошибка»'] },
      [],
    );

    const writes = watchWrites(page);

    await page.getByTestId('accept').click();
    await expect
      .poll(() => fieldError(page, 'applicant-bin').textContent())
      .toBe(t.validation.binFormat);
    await page.getByTestId('applicant-bin').fill('150340001237');
    await expect
      .poll(() => fieldError(page, 'applicant-bin').textContent())
      .toBe(t.validation.binChecksum);
    await page.getByTestId('via-attorney').check();
    await page.getByTestId('attorney-iin').fill('85061530');
    await page.getByTestId('accept').click();
    await expect
      .poll(() => fieldError(page, 'attorney-iin').textContent())
      .toBe(t.validation.iinLength);
    expect(await fieldError(page, 'attorney-name').textContent()).toBe(t.validation.required);
    expect(await page.getByText(t.intake.incomplete).count()).toBe(1);
    expect(await screen(page, 'ru-intake-errors')).toEqual([]);
    expect(writes).toEqual([]);
    expect(await storedCases()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('event dates in the wrong order and a non-number stop the officer’s draft (ru)', async () => {
    const t = TEXTS.ru;

    office.clock.set(at(1));
    const { id, page, errors } = await atOfficerDesk(
      browser,
      api,
      { service: 'religious-event-premises', iin: '900101300007', surname: 'Датов' },
      'officer2',
      'ru',
    );

    await page.getByTestId('field-eventStart').fill('2019-05-10');
    await page.getByTestId('field-eventEnd').fill('2019-05-01');
    await page.getByTestId('field-participants').fill('сто');

    const writes = watchWrites(page);

    await page.getByTestId('save-draft').click();
    await expect
      .poll(() => fieldError(page, 'field-eventEnd').textContent())
      .toBe(t.validation.order.replace('{{other}}', 'Дата начала'));
    expect(await fieldError(page, 'field-participants').textContent()).toBe(t.validation.number);
    expect(await fieldError(page, 'field-address').count()).toBe(0);

    await page.getByTestId('submit-draft').click();
    await expect
      .poll(() => fieldError(page, 'field-address').textContent())
      .toBe(t.validation.required);
    expect(await screen(page, 'ru-draft-errors')).toEqual([]);
    expect(writes).toEqual([]);
    expect((await office.app.store.cases.get(id))?.draft).toBeNull();
    expect(errors).toEqual([]);
  }, 60_000);

  it('a certificate valid until before it is valid from is refused at the field (kk)', async () => {
    const t = TEXTS.kk;

    office.clock.set(at(2));
    const { id, page, errors } = await atOfficerDesk(
      browser,
      api,
      { service: 'missionary-registration', iin: '770312401238', surname: 'Мерзімов' },
      'officer1',
      'kk',
    );

    await page.getByTestId('field-validFrom').fill('2020-01-01');
    await page.getByTestId('field-validTo').fill('2019-12-31');

    const writes = watchWrites(page);

    await page.getByTestId('save-draft').click();
    await expect
      .poll(() => fieldError(page, 'field-validTo').textContent())
      .toBe(t.validation.order.replace('{{other}}', 'Жарамдылық мерзімі басталуы'));
    expect(writes).toEqual([]);
    expect((await office.app.store.cases.get(id))?.draft).toBeNull();
    expect(errors).toEqual([]);
  }, 60_000);

  it('a power of attorney dated after today is refused at handover (kk)', async () => {
    const t = TEXTS.kk;

    office.clock.set(at(3));
    const { id, number } = await api.accepted(
      'religious-literature-premises',
      '921111302341',
      'Берілмеев',
    );

    await api.forwarded(id, 'officer1');
    await api.command('officer1', id, 'submit-draft', {
      draft: {
        kind: 'premises-decision',
        fields: { address: 'Атырау', owner: 'ЖШС', areaSqm: '12', purpose: 'Сауда' },
        grounds: [],
      },
    });
    await api.command('head', id, 'sign', {});

    const { page, errors } = await openPage(browser, office.url, 'kk');

    await signIn(page, 'clerk', 'kk');
    await openFromInbox(page, number);
    await page.getByText(t.issue.attorney).click();
    await page.getByTestId('received-by').fill('Сенімов Берік');
    await page.getByTestId('issue-poa-number').fill('12');
    await page.getByTestId('issue-poa-date').fill('2019-03-08');

    const writes = watchWrites(page);

    await page.getByTestId('issue').click();
    await expect
      .poll(() => fieldError(page, 'issue-poa-date').textContent())
      .toBe(t.validation.future.replace('{{date}}', '07.03.2019'));
    expect(await screen(page, 'kk-issue-errors')).toEqual([]);
    expect(writes).toEqual([]);
    expect((await office.app.store.cases.get(id))?.status).toBe('issuance');
    expect(errors).toEqual([]);
  }, 60_000);

  it('an error only the server can see lands at the field it names, in the user’s language', async () => {
    const service = 'religious-event-premises';
    const before = await storedCases();
    const { page, errors } = await openPage(browser, office.url, 'kk');

    office.clock.set(at(10));
    await signIn(page, 'clerk', 'kk');
    await fillIntake(
      page,
      service,
      { kind: 'person', number: '850615300129', names: ['Омаров', 'Нұрлан'] },
      requiredDocuments(service),
      { fullName: 'Жақсыбеков Арман', iin: '900101300007', poaNumber: '5', poaDate: '2019-03-14' },
    );
    // The page last heard 14 March from the office clock; the office now says 13 March.
    office.clock.set(at(9));
    await page.getByTestId('accept').click();
    await expect
      .poll(() => fieldError(page, 'poa-date').textContent())
      .toBe('Күн бүгінгі күннен кейін болмауы керек');
    expect(await storedCases()).toBe(before);
    expect(errors).toEqual([]);
  }, 60_000);
});
