import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { OfficeApi } from './support/api.js';
import { launchBrowser, openPage } from './support/browser.js';
import {
  caseIdOf,
  expectStep,
  fillIntake,
  openCase,
  openFromInbox,
  signIn,
  switchLanguage,
} from './support/desk.js';
import {
  documentText,
  drawingScale,
  drawnElements,
  drawnLaneNames,
  imageLoaded,
  laidOutElements,
  laneNames,
  offeredDownloads,
  paragraphsOf,
} from './support/documents.js';
import { openExplanations } from './support/journey.js';
import { atOfficerDesk } from './support/officer-desk.js';
import { documentTitle, requiredDocuments, stepName } from './support/regulation.js';
import { screen } from './support/screens.js';
import { DAY_MS, HOUR_MS, startOffice, TRAINING_START, type TestOffice } from './support/server.js';
import { TEXTS } from './support/texts.js';
import { fieldError, watchScripts, watchWrites } from './support/watch.js';

/** Where the server serves the documents of missionary registration's 2016 version. */
const DOCUMENTS = `/api/v1/catalogue/missionary-registration/versions/missionary-registration%402016`;

/** Office time `days` after the first training morning (Monday 4 March 2019, 09:00). */
const at = (days: number, hours = 0) => TRAINING_START + days * DAY_MS + hours * HOUR_MS;

describe('branches of the procedure and the screens around it', () => {
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

  it('the clerk refuses incomplete documents in writing, and the refusal prints with its reasons', async () => {
    const t = TEXTS.kk;
    const service = 'missionary-registration';
    const required = requiredDocuments(service);
    const { page, errors } = await openPage(browser, office.url, 'kk');

    office.clock.set(at(0));
    await signIn(page, 'clerk', 'kk');
    await fillIntake(
      page,
      service,
      { kind: 'person', number: '850615300129', names: ['Омаров', 'Нұрлан'] },
      required.slice(0, 2),
    );

    const writes = watchWrites(page);

    await page.getByTestId('accept').click();
    await expect.poll(() => page.getByText(t.intake.incomplete).isVisible()).toBe(true);
    await page.getByTestId('refuse').click();
    await page.getByTestId('refuse-submit').click();
    await expect
      .poll(() => fieldError(page, 'refusal-reason').textContent())
      .toBe(t.validation.required);
    expect(writes).toEqual([]);
    expect(await screen(page, 'kk-intake-refusal-form')).toEqual([]);

    await page.getByTestId('refusal-reason').fill('Діни бірлестіктің өкілеттік құжаты ұсынылмады');
    await page.getByTestId('refuse-submit').click();
    await page.getByTestId('refusal').waitFor();

    const caseId = caseIdOf(page);
    const listed = await page.getByTestId('refusal').locator('ol li').allTextContents();

    expect(listed).toEqual(required.slice(2).map((code) => documentTitle(service, code, 'kk')));
    expect(writes).toEqual(['/api/v1/cases', `/api/v1/cases/${caseId}/refuse-intake`]);
    expect(await screen(page, 'kk-refusal-letter')).toEqual([]);

    const state = await office.app.store.cases.get(caseId);

    expect(state?.outcome?.kind).toBe('intake-refused');
    expect(state?.status).toBe('closed');

    await openCase(page, caseId);
    expect(await page.getByTestId('case-title').textContent()).toBe(t.case.refusedAtIntake);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the head returns a draft with a comment and the officer reworks it before it is signed', async () => {
    const t = TEXTS.ru;

    office.clock.set(at(1));
    const { id, number } = await api.accepted(
      'religious-literature-premises',
      '900101300007',
      'Ахметов',
    );

    office.clock.set(at(1, 1));
    await api.forwarded(id, 'officer2');
    office.clock.set(at(2));
    await api.command('officer2', id, 'submit-draft', {
      draft: {
        kind: 'premises-decision',
        fields: {
          address: 'г. Атырау, ул. Сатпаева, 1',
          owner: 'ИП Ахметов',
          areaSqm: '20',
          purpose: 'Торговля',
        },
        grounds: [],
      },
    });
    office.clock.set(at(2, 2));

    const head = await openPage(browser, office.url, 'ru');

    await signIn(head.page, 'head', 'ru');
    await openFromInbox(head.page, number);
    await head.page.getByTestId('return').click();
    await expect
      .poll(() => fieldError(head.page, 'return-comment').textContent())
      .toBe(t.validation.required);
    await head.page.getByTestId('return-comment').fill('Уточните назначение помещения');
    await head.page.getByTestId('return').click();
    await expectStep(head.page, stepName('execution', 'ru'));

    const officer = await openPage(browser, office.url, 'ru');

    office.clock.set(at(2, 4));
    await signIn(officer.page, 'officer2', 'ru');
    await openFromInbox(officer.page, number);
    await officer.page
      .getByText(t.case.returned.replace('{{comment}}', 'Уточните назначение помещения'))
      .waitFor();
    expect(await screen(officer.page, 'ru-draft-returned')).toEqual([]);

    await officer.page.getByTestId('field-purpose').fill('Магазин религиозной литературы');
    await officer.page.getByTestId('submit-draft').click();
    await expectStep(officer.page, stepName('signing', 'ru'));

    office.clock.set(at(2, 5));
    await openCase(head.page, id);
    expect(await head.page.getByTestId('draft-changes').innerText()).toBe(
      `${t.timeline.changed}\nНазначение: Торговля → Магазин религиозной литературы`,
    );
    expect(await screen(head.page, 'ru-draft-reworked')).toEqual([]);
    await head.page.getByTestId('sign').click();
    await expectStep(head.page, stepName('issuance', 'ru'));

    const events = (await office.app.store.cases.events(id)).map((e) => e.event.type);

    expect(events).toEqual([
      'ApplicationRegistered',
      'ApplicationAccepted',
      'CaseForwarded',
      'DraftSubmitted',
      'DraftReturned',
      'DraftSubmitted',
      'ResultSigned',
    ]);
    expect((await office.app.store.cases.get(id))?.draft?.fields.purpose).toBe(
      'Магазин религиозной литературы',
    );
    expect([...head.errors, ...officer.errors]).toEqual([]);
  }, 60_000);

  it('the officer prepares a reasoned refusal that cites grounds from §10 of the Standard', async () => {
    const t = TEXTS.kk;

    office.clock.set(at(3));
    const { id, page, errors } = await atOfficerDesk(
      browser,
      api,
      { service: 'missionary-registration', iin: '010203504566', surname: 'Бастартов' },
      'officer1',
      'kk',
    );

    await page.getByTestId('kind-reasoned-refusal').click();
    await page.getByTestId('field-reasoning').fill('Діни әдебиетке сараптаманың қорытындысы теріс');

    const writes = watchWrites(page);

    await page.getByTestId('submit-draft').click();
    await page.getByText(t.validation.grounds).waitFor();
    expect(writes).toEqual([]);

    await page
      .getByText('Діни әдебиетке жүргізілген дінтану сараптамасының теріс қорытындысы')
      .click();
    await page.getByText(t.validation.grounds).waitFor({ state: 'hidden' });
    expect(await screen(page, 'kk-draft-reasoned-refusal')).toEqual([]);
    await page.getByTestId('submit-draft').click();
    await expectStep(page, stepName('signing', 'kk'));

    const draft = (await office.app.store.cases.get(id))?.draft;

    expect(draft).toEqual({
      kind: 'reasoned-refusal',
      fields: { reasoning: 'Діни әдебиетке сараптаманың қорытындысы теріс' },
      grounds: ['negative-expert-opinion'],
    });
    expect(writes).toEqual([`/api/v1/cases/${id}/submit-draft`]);
    expect(errors).toEqual([]);

    // Signed, so that it leaves the head's list the next test reads.
    await api.command('head', id, 'sign', {});
  }, 60_000);

  it('the late view lists what is past its deadline, and the inbox filters and searches', async () => {
    const t = TEXTS.kk;

    office.clock.set(at(7));
    const late = await api.accepted('religious-event-premises', '770312401238', 'Кешікбаев');
    const fresh = await api.accepted('religious-event-premises', '921111302341', 'Уақытбаев');

    office.clock.set(at(9, 2));
    await api.accepted('missionary-registration', '680202303459', 'Жаңабаев');

    const { page, errors } = await openPage(browser, office.url, 'kk');
    const rowNumbers = () =>
      page.getByTestId('case-table').locator('tbody tr[data-row] td:first-child').allTextContents();

    await signIn(page, 'head', 'kk');
    await page.getByTestId('nav-late').click();
    await page.getByTestId('case-table').getByText(late.number).waitFor();

    const row = page.locator('tr', { hasText: late.number });

    expect(await row.locator('[data-sla]').getAttribute('data-sla')).toBe('overdue');
    expect(await row.textContent()).toContain('Досжанов Ерлан Маратұлы');
    expect(await screen(page, 'kk-late')).toEqual([]);

    await page.getByTestId('nav-inbox').click();
    await page.getByTestId('filter-state').selectOption('overdue');
    await expect.poll(rowNumbers).toEqual([late.number, fresh.number]);

    // By the digits of the incoming number, and by the applicant's IIN.
    await page.getByTestId('search').fill(late.number.replace('ДІБ-', ''));
    await page.getByTestId('search-submit').click();
    await expect.poll(rowNumbers).toEqual([late.number]);
    expect(await screen(page, 'kk-inbox-filtered')).toEqual([]);

    await page.getByTestId('search').fill('921111302341');
    await page.getByTestId('search-submit').click();
    await expect.poll(rowNumbers).toEqual([fresh.number]);

    await page.getByTestId('search').fill('ЖОҚ-9999');
    await page.getByTestId('search-submit').click();
    await page.getByText(t.inbox.empty).waitFor();
    expect(errors).toEqual([]);
  }, 60_000);

  it('a stale page cannot overwrite a newer step, and offers a reload', async () => {
    const t = TEXTS.kk;

    office.clock.set(at(14));
    const { id } = await api.accepted('religious-literature-premises', '850615300129', 'Екіжақов');
    const first = await openPage(browser, office.url, 'kk');
    const second = await openPage(browser, office.url, 'kk');

    await signIn(first.page, 'head', 'kk');
    await signIn(second.page, 'head', 'kk');
    await openCase(first.page, id);
    await openCase(second.page, id);
    await first.page.getByText('Қуанышева Мадина Серікқызы').click();
    await first.page.getByTestId('forward').click();
    await expectStep(first.page, stepName('execution', 'kk'));

    await second.page.getByText('Петренко Андрей Викторович').click();
    await second.page.getByTestId('forward').click();
    await expect
      .poll(() => second.page.getByTestId('problem').textContent())
      .toContain(t.common.reload);
    expect(await screen(second.page, 'kk-conflict')).toEqual([]);

    await second.page.getByTestId('problem').getByRole('button').click();
    await expectStep(second.page, stepName('execution', 'kk'));
    expect(await second.page.getByTestId('case-holder').textContent()).toContain(
      'Қуанышева Мадина Серікқызы',
    );
    await openExplanations(second.page);
    expect(await screen(second.page, 'kk-case-execution-waiting')).toEqual([]);
    expect([...first.errors, ...second.errors]).toEqual([]);
  }, 60_000);

  it('the catalogue shows each version of the regulation and which one is in force on a date', async () => {
    const t = TEXTS.en;
    const { page, errors } = await openPage(browser, office.url, 'en');

    await signIn(page, 'officer1', 'en');
    await page.getByTestId('nav-catalogue').click();
    await page.getByTestId('act-life').waitFor();
    expect(await page.getByTestId('act-life').locator('li').count()).toBe(3);

    const inForce = () =>
      page
        .locator('[data-testid="versions"] li[data-in-force="true"]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-version')));

    await expect
      .poll(inForce)
      .toEqual([
        'religious-literature-premises@2016',
        'religious-event-premises@2016',
        'missionary-registration@2016',
      ]);
    expect(await screen(page, 'en-catalogue')).toEqual([]);

    await page.getByTestId('catalogue-on').fill('2015-10-01');
    await expect
      .poll(inForce)
      .toEqual([
        'religious-literature-premises@2015',
        'religious-event-premises@2015',
        'missionary-registration@2015',
      ]);

    await page.getByTestId('catalogue-on').fill('2020-02-01');
    await expect.poll(() => page.getByTestId('not-in-force').count()).toBe(3);
    expect(await page.getByTestId('not-in-force').first().textContent()).toBe(
      t.catalogue.notInForce.replace('{{date}}', '01.02.2020'),
    );
    expect(await screen(page, 'en-catalogue-2020')).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the catalogue shows a version’s appendices in the act’s languages, to see and to save', async () => {
    const { page, errors, documents, panel } = await openDocuments('en');
    const download = (format: string) =>
      TEXTS.en.regulationDocs.download.replace('{{format}}', format);

    await expect.poll(() => imageLoaded(panel.getByTestId('appendix1-image'))).toBe(true);
    expect(await documents.getAttribute('data-lang')).toBe('ru');
    expect(await documents.getByText(TEXTS.en.regulationDocs.languageNote).isVisible()).toBe(true);
    expect(await offeredDownloads(panel.getByTestId('appendix1-downloads'), office.url)).toEqual([
      {
        text: download('SVG'),
        href: `${DOCUMENTS}/appendix1?lang=ru&format=svg`,
        file: 'missionary-registration@2016-appendix1-ru.svg',
        status: 200,
        type: 'image/svg+xml; charset=utf-8',
      },
      {
        text: download('PNG'),
        href: `${DOCUMENTS}/appendix1?lang=ru&format=png`,
        file: 'missionary-registration@2016-appendix1-ru.png',
        status: 200,
        type: 'image/png',
      },
    ]);

    await switchLanguage(page, 'kk');
    await expect.poll(() => documents.getAttribute('data-lang')).toBe('kk');
    await documents.getByRole('tab', { name: TEXTS.kk.regulationDocs.appendix2 }).click();
    await expect.poll(() => imageLoaded(panel.getByTestId('appendix2-image'))).toBe(true);
    expect(await panel.getByTestId('appendix2-image').getAttribute('src')).toBe(
      `${DOCUMENTS}/appendix2?lang=kk&format=svg`,
    );
    expect(await screen(page, 'kk-catalogue-appendix2')).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the catalogue shows a version’s wording and draws its BPMN diagram, loading the viewer only then', async () => {
    const t = TEXTS.kk;
    const { page, errors, documents, panel } = await openDocuments('kk');
    const viewerCode = watchScripts(page, /\/assets\/bpmn-viewer-[^/]+\.js$/);
    const canvas = panel.getByTestId('bpmn-canvas');

    await documents.getByText(t.lang.ru).click();
    await expect.poll(() => documents.getAttribute('data-lang')).toBe('ru');
    await documents.getByRole('tab', { name: t.regulationDocs.text }).click();

    const wording = await documentText(office.url, `${DOCUMENTS}/text?lang=ru&format=txt`);

    await expect
      .poll(() => panel.getByTestId('regulation-text').locator('p').allTextContents())
      .toEqual(paragraphsOf(wording));
    expect(viewerCode).toEqual([]);

    await documents.getByRole('tab', { name: t.regulationDocs.bpmn }).click();
    await panel.locator('[data-testid="bpmn-canvas"][data-ready="true"]').waitFor();

    const xml = await documentText(office.url, `${DOCUMENTS}/bpmn?lang=ru&format=xml`);
    const fitted = await drawingScale(canvas);

    expect(viewerCode).toHaveLength(1);
    expect(await drawnElements(canvas)).toEqual(laidOutElements(xml));
    expect(await drawnLaneNames(canvas)).toEqual(laneNames(xml));
    await documents.getByRole('button', { name: t.regulationDocs.zoomIn }).click();
    expect(await drawingScale(canvas)).toBeCloseTo(fitted * 1.25, 2);
    await panel.getByTestId('bpmn-fit').click();
    expect(await drawingScale(canvas)).toBeCloseTo(fitted, 3);

    const kazakh = await documentText(office.url, `${DOCUMENTS}/bpmn?lang=kk&format=xml`);

    await documents.getByText(t.lang.kk).click();
    await expect.poll(() => drawnLaneNames(canvas)).toEqual(laneNames(kazakh));
    expect(viewerCode).toHaveLength(1);
    expect(await screen(page, 'kk-catalogue-bpmn')).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  /** The head on the catalogue, at the documents of missionary registration's 2016 version. */
  async function openDocuments(lang: 'kk' | 'en') {
    const user = await openPage(browser, office.url, lang);
    const panel = user.page.getByTestId('catalogue-missionary-registration');

    await signIn(user.page, 'head', lang);
    await user.page.getByTestId('nav-catalogue').click();

    return { ...user, panel, documents: panel.getByTestId('regulation-documents') };
  }

  it('an unknown address and an unknown case show the not-found page', async () => {
    const { page, errors } = await openPage(browser, office.url, 'kk');

    await signIn(page, 'clerk', 'kk');
    await page.goto('/no-such-screen');
    await page.getByTestId('not-found').getByText(TEXTS.kk.errors.notFoundTitle).waitFor();
    expect(await screen(page, 'kk-404')).toEqual([]);

    await page.goto('/cases/01nosuchcase');
    await page.getByTestId('not-found').getByText('Іс табылмады').waitFor();
    expect(errors).toEqual([]);
  }, 60_000);

  it('the language chosen before sign-in stays on this computer; the one chosen after follows the user', async () => {
    const first = await openPage(browser, office.url, 'en');

    await first.page.goto('/inbox');
    await first.page.getByText(TEXTS.kk.signIn.title).first().waitFor();
    await first.page.getByTestId('lang-en').click();
    await first.page.getByRole('heading', { name: TEXTS.en.signIn.title }).waitFor();
    await first.page.reload();
    await first.page.getByRole('heading', { name: TEXTS.en.signIn.title }).waitFor();
    expect(await screen(first.page, 'en-sign-in')).toEqual([]);

    await first.page.getByTestId('login').fill('officer2');
    await first.page.getByTestId('password').fill('reglament-2019');
    await first.page.getByTestId('sign-in').click();
    await first.page.waitForSelector('html[lang="ru"]');
    await first.page.getByTestId('lang-kk').click();
    await first.page.waitForSelector('html[lang="kk"]');
    await expect
      .poll(async () => (await office.app.store.users.byLogin('officer2'))?.language)
      .toBe('kk');
    await first.page.getByTestId('sign-out').click();
    await first.page.getByTestId('login').waitFor();

    const second = await openPage(browser, office.url, 'ru');

    await second.page.goto('/inbox');
    await second.page.getByTestId('login').fill('officer2');
    await second.page.getByTestId('password').fill('reglament-2019');
    await second.page.getByTestId('sign-in').click();
    await second.page.getByTestId('user-line').waitFor();
    expect(await second.page.getAttribute('html', 'lang')).toBe('kk');
    expect(await second.page.getByRole('heading', { level: 1 }).textContent()).toBe(
      TEXTS.kk.inbox.officer,
    );
    expect([...first.errors, ...second.errors]).toEqual([]);
  }, 60_000);
});
