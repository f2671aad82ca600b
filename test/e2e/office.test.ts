import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { translator } from '../../src/i18n/index.js';
import { type AcceptedCase, OfficeApi } from './support/api.js';
import { launchBrowser, openPage } from './support/browser.js';
import { openCase, rowNumbers, searchCases, signIn, signInHome } from './support/desk.js';
import { printed, screen } from './support/screens.js';
import { DAY_MS, HOUR_MS, startOffice, TRAINING_START, type TestOffice } from './support/server.js';
import { rewriteCaseRow, rewriteEvent } from './support/tamper.js';
import { TEXTS } from './support/texts.js';
import { fieldError, watchWrites } from './support/watch.js';

/** Office time `days` after the first training morning (Monday 4 March 2019, 09:00). */
const at = (days: number, hours = 0) => TRAINING_START + days * DAY_MS + hours * HOUR_MS;

/** A surname of 200 characters, the longest the intake takes. */
const LONG_SURNAME = 'Жақсыбекова-Сұлтанғазиева-'.repeat(8).slice(0, 200);

describe('finding any case, checking its history, and running the office', () => {
  let office: TestOffice;
  let browser: Browser;
  let api: OfficeApi;
  let kept: AcceptedCase;
  let missed: AcceptedCase;

  beforeAll(async () => {
    office = await startOffice();
    browser = await launchBrowser();
    api = new OfficeApi(office);

    office.clock.set(at(0));
    kept = await api.accepted('religious-literature-premises', '850615300129', 'Омаров');
    missed = await api.accepted('religious-literature-premises', '770312401238', 'Кешікбаева');
    office.clock.set(at(1));
    await api.handedOver(kept.id, 'officer1', 'Омаров Тест');
    office.clock.set(at(60));
    await api.handedOver(missed.id, 'officer1', 'Кешікбаева Тест');
    await api.accepted('religious-literature-premises', '680202303459', 'Ашықов');
  });

  afterAll(async () => {
    await browser.close();
    await office.close();
  });

  it('a handed-over case is found among all cases by a lowercase name or an IIN prefix', async () => {
    const { page, errors } = await openPage(browser, office.url, 'kk');

    await signIn(page, 'clerk', 'kk');
    await page.getByTestId('nav-cases').click();
    await page.getByRole('heading', { level: 1, name: TEXTS.kk.cases.title }).waitFor();
    await expect.poll(() => rowNumbers(page)).toHaveLength(3);

    await searchCases(page, 'омаров');
    await expect.poll(() => rowNumbers(page)).toEqual([kept.number]);
    expect(await screen(page, 'kk-cases-search')).toEqual([]);

    await searchCases(page, '8506');
    await expect.poll(() => rowNumbers(page)).toEqual([kept.number]);

    await searchCases(page, 'КЕШІКБАЕВА');
    await expect.poll(() => rowNumbers(page)).toEqual([missed.number]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a closed case says whether its term was kept, on its page and its reprinted receipt', async () => {
    const t = TEXTS.kk;
    const { page, errors } = await openPage(browser, office.url, 'kk');

    await signIn(page, 'clerk', 'kk');
    await openCase(page, kept.id);
    expect(await termBadge(page)).toEqual({ met: 'true', text: t.term.kept });
    expect(await page.getByTestId('draft-stage').textContent()).toBe(t.draftStage['handed-over']);
    expect(await page.getByTestId('check-history').count()).toBe(0);
    expect(await screen(page, 'kk-case-term-kept')).toEqual([]);

    await openCase(page, missed.id);
    expect(await termBadge(page)).toEqual({ met: 'false', text: t.term.missed });

    await page.getByTestId('receipt-link').click();
    await page.getByTestId('receipt').waitFor();
    expect(await termBadge(page)).toEqual({ met: 'false', text: t.term.missed });
    expect(await page.getByTestId('handed-over').textContent()).toBe('03.05.2019 09:00');
    expect(await screen(page, 'kk-receipt-term-missed')).toEqual([]);
    expect(await printed(page, 'kk-receipt-term-missed-print')).toBe(true);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the auditor starts at all cases and sees a history intact, a replay that differs, a broken chain', async () => {
    const t = TEXTS.ru;
    const { page, errors } = await openPage(browser, office.url, 'ru');

    await signInHome(page, 'auditor', 'ru');
    await page.getByRole('heading', { level: 1, name: t.cases.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/cases');
    expect(await page.getByTestId('nav-cases').getAttribute('aria-current')).toBe('page');
    expect(await page.getByTestId('nav-inbox').count()).toBe(0);
    expect(await screen(page, 'ru-auditor-home')).toEqual([]);

    await page.getByTestId('case-table').getByText(kept.number).click();
    await page.getByTestId('case-title').waitFor();
    expect(await checkHistory(page)).toEqual({
      verdict: 'intact',
      alerts: [t.historyCheck.intact.replace('{{count}}', '6')],
    });
    expect(await screen(page, 'ru-history-intact')).toEqual([]);

    rewriteCaseRow(office, kept.id, 'Подменённое имя');
    expect(await checkHistory(page)).toEqual({
      verdict: 'replay-differs',
      alerts: [t.historyCheck.replayDiffers],
    });

    rewriteEvent(office, kept.id, 2, kept.number, 'ДІБ-2019-99999');
    expect(await checkHistory(page)).toEqual({
      verdict: 'broken',
      alerts: [
        t.historyCheck.broken.replace('{{seq}}', '2').replace('{{count}}', '6'),
        t.historyCheck.replayDiffers,
      ],
    });
    expect(await screen(page, 'ru-history-broken')).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a 200-character name is cut short in the inbox and the late list, whole on hover', async () => {
    office.clock.set(at(61));
    const long = await api.accepted('religious-event-premises', '921111302341', LONG_SURNAME);

    office.clock.set(at(64));

    const { page, errors } = await openPage(browser, office.url, 'kk');

    await signIn(page, 'head', 'kk');
    await page.getByTestId('case-table').getByText(long.number).waitFor();
    expect(await applicantCell(page, long.number)).toEqual({
      title: `${LONG_SURNAME} Тест`,
      cut: true,
      tableFits: true,
    });
    expect(await screen(page, 'kk-inbox-long-name')).toEqual([]);

    await page.getByTestId('nav-late').click();
    await page.getByTestId('case-table').getByText(long.number).waitFor();
    expect(await applicantCell(page, long.number)).toEqual({
      title: `${LONG_SURNAME} Тест`,
      cut: true,
      tableFits: true,
    });
    expect(await screen(page, 'kk-late-long-name')).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the intake refuses a representative who is the applicant, an old power of attorney, marks in a name and a birth after today (ru)', async () => {
    const t = TEXTS.ru;
    const { page, errors } = await openPage(browser, office.url, 'ru');
    const before = await storedCases();

    office.clock.set(at(64));
    await signIn(page, 'clerk', 'ru');
    await page.goto('/intake');
    await page.getByTestId('service-religious-event-premises').click();
    await page.getByTestId('applicant-iin').fill('850615300129');
    await page.getByTestId('applicant-surname').fill('\u202EвонавИ');
    await page.getByTestId('applicant-given-name').fill('…');
    await page.getByTestId('via-attorney').check();
    await page.getByTestId('attorney-name').fill('Омаров Нұрлан');
    await page.getByTestId('attorney-iin').fill('850615300129');
    await page.getByTestId('poa-number').fill('12');
    await page.getByTestId('poa-date').fill('2015-12-31');

    const writes = watchWrites(page);

    await page.getByTestId('accept').click();
    await expect
      .poll(() => fieldError(page, 'attorney-iin').textContent())
      .toBe(t.validation.representativeIsApplicant);
    expect(await fieldError(page, 'applicant-surname').textContent()).toBe(t.validation.plainText);
    expect(await fieldError(page, 'applicant-given-name').textContent()).toBe(
      t.validation.meaningful,
    );
    expect(await fieldError(page, 'poa-date').textContent()).toBe(t.validation.attorneyExpired);
    expect(await screen(page, 'ru-intake-new-refusals')).toEqual([]);

    await page.getByTestId('applicant-iin').fill('200101501237');
    await expect
      .poll(() => fieldError(page, 'applicant-iin').textContent())
      .toBe(t.validation.iinBornLater.replace('{{date}}', '07.05.2019'));
    await expect.poll(() => fieldError(page, 'attorney-iin').count()).toBe(0);
    expect(writes).toEqual([]);
    expect(await storedCases()).toBe(before);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the officer’s draft refuses a number above a million, a date before 1900 and a birth after today (kk)', async () => {
    const t = TEXTS.kk;

    office.clock.set(at(64));
    const event = await api.accepted('religious-event-premises', '750101300014', 'Санов');
    const missionary = await api.accepted('missionary-registration', '800505400128', 'Туғанова');

    await api.forwarded(event.id, 'officer1');
    await api.forwarded(missionary.id, 'officer1');

    const { page, errors } = await openPage(browser, office.url, 'kk');
    const writes = watchWrites(page);

    await signIn(page, 'officer1', 'kk');
    await openCase(page, event.id);
    await page.getByTestId('field-participants').fill('1000001');
    await page.getByTestId('field-eventStart').fill('1899-12-31');
    await page.getByTestId('save-draft').click();
    await expect
      .poll(() => fieldError(page, 'field-participants').textContent())
      .toBe(t.validation.numberRange);
    expect(await fieldError(page, 'field-eventStart').textContent()).toBe(t.validation.dateRange);

    await openCase(page, missionary.id);
    await page.getByTestId('field-birthDate').fill('2019-05-09');
    await page.getByTestId('save-draft').click();
    await expect
      .poll(() => fieldError(page, 'field-birthDate').textContent())
      .toBe(t.validation.future.replace('{{date}}', '07.05.2019'));
    expect(await screen(page, 'kk-draft-new-refusals')).toEqual([]);
    expect(writes.filter((path) => path.startsWith('/api/v1/cases'))).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the administrator opens an account for a new clerk, who then signs in', async () => {
    const t = TEXTS.ru;
    const admin = await openPage(browser, office.url, 'ru');
    const { page } = admin;

    await signInHome(page, 'admin', 'ru');
    await page.getByRole('heading', { level: 1, name: t.accounts.title }).waitFor();
    await page.getByTestId('accounts-table').getByText('Сапарова Айгерім Болатқызы').waitFor();
    expect(await screen(page, 'ru-accounts')).toEqual([]);

    await page.getByTestId('new-account').click();
    await page.getByTestId('account-login').fill('clerk');
    await page.getByTestId('account-full-name').fill('Новикова Анна Сергеевна');
    await page.getByTestId('account-role').selectOption('clerk');
    await page.getByTestId('account-language').selectOption('ru');
    await page.getByTestId('account-password').fill('короткий');
    await page.getByTestId('account-password-repeat').fill('короткий');

    const writes = watchWrites(page);

    await page.getByTestId('create-account').click();
    await expect
      .poll(() => fieldError(page, 'account-password').textContent())
      .toBe(t.validation.password.replace('{{min}}', '10'));
    expect(writes).toEqual([]);

    await page.getByTestId('account-password').fill('новый-пароль-2019');
    await page.getByTestId('account-password-repeat').fill('новый-пароль-2019');
    await page.getByTestId('create-account').click();
    await expect
      .poll(() => fieldError(page, 'account-login').textContent())
      .toBe(translator('ru')('errors.LOGIN_TAKEN', { login: 'clerk' }));
    expect(await screen(page, 'ru-new-account-taken')).toEqual([]);

    await page.getByTestId('account-login').fill('clerk3');
    await page.getByTestId('create-account').click();
    await page.getByTestId('account-title').getByText('Новикова Анна Сергеевна').waitFor();
    expect(await page.getByTestId('account-login-value').textContent()).toBe('clerk3');
    expect(await screen(page, 'ru-account')).toEqual([]);

    const clerk = await openPage(browser, office.url, 'ru');

    await clerk.page.goto('/');
    await clerk.page.getByTestId('login').fill('clerk3');
    await clerk.page.getByTestId('password').fill('новый-пароль-2019');
    await clerk.page.getByTestId('sign-in').click();
    await clerk.page.getByRole('heading', { level: 1, name: t.inbox.clerk }).waitFor();
    expect(await clerk.page.getByTestId('user-line').textContent()).toContain(
      'Новикова Анна Сергеевна',
    );
    expect([...admin.errors, ...clerk.errors]).toEqual([]);
  }, 60_000);

  it('the administrator adds, corrects and removes a day off; an entry that contradicts a holiday is refused at the form', async () => {
    const t = TEXTS.kk;
    const { page, errors } = await openPage(browser, office.url, 'kk');

    await signInHome(page, 'admin', 'kk');
    await page.getByTestId('admin-calendar').click();
    await page.getByTestId('calendar-year').selectOption('2019');
    await page.getByTestId('calendar-table').getByText('08.03.2019 (жм)').waitFor();
    expect(await screen(page, 'kk-calendar')).toEqual([]);

    await fillEntry(page, '2019-04-15', 'transferred-day-off', 'Ауыстырылған демалыс');
    await page.getByTestId('save-entry').click();
    await expect
      .poll(() => kindOf(page, '15.04.2019 (дс)'))
      .toBe(t.calendar.kinds['transferred-day-off']);
    expect(await page.getByTestId('calendar-done').textContent()).toBe(
      t.calendar.saved.replace('{{date}}', '15.04.2019'),
    );

    await page.getByTestId('correct-2019-04-15').click();
    await page.getByText(t.calendar.correctTitle.replace('{{date}}', '15.04.2019')).waitFor();
    expect(await page.getByTestId('entry-name-kk').inputValue()).toBe('Ауыстырылған демалыс (kk)');
    await page.getByTestId('entry-name-kk').fill('Көктемгі демалыс');
    await page.getByTestId('save-entry').click();
    await expect
      .poll(() => page.getByTestId('calendar-table').getByText('Көктемгі демалыс').count())
      .toBe(1);

    await page.getByTestId('remove-2019-04-15').click();
    await page.getByRole('button', { name: t.calendar.confirmRemove }).click();
    await expect
      .poll(() => page.getByTestId('calendar-done').textContent())
      .toBe(t.calendar.removed.replace('{{date}}', '15.04.2019'));
    await expect.poll(() => page.getByText('Көктемгі демалыс').count()).toBe(0);

    const writes = watchWrites(page);

    await fillEntry(page, '2019-04-16', 'working-saturday', 'Жұмыс күні');
    await page.getByTestId('save-entry').click();
    await expect
      .poll(() => fieldError(page, 'entry-kind').textContent())
      .toBe(t.validation.kindWeekday);
    expect(writes).toEqual([]);

    await fillEntry(page, '2019-03-08', 'working-weekday', 'Жұмыс күні');
    await page.getByTestId('save-entry').click();
    await expect
      .poll(() => page.getByTestId('entry-form').getByTestId('problem').textContent())
      .toBe(translator('kk')('errors.CALENDAR_CONFLICT', { date: '2019-03-08' }));
    expect(await screen(page, 'kk-calendar-conflict')).toEqual([]);
    expect(await kindOf(page, '08.03.2019 (жм)')).toBe(t.calendar.kinds['holiday-day-off']);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the administrator changes the office hours, and a period that ends before it starts is refused', async () => {
    const t = TEXTS.en;
    const { page, errors } = await openPage(browser, office.url, 'en');

    await signInHome(page, 'admin', 'en');
    await page.getByTestId('admin-officeHours').click();
    await expect.poll(() => page.getByTestId('segment-1-end').inputValue()).toBe('18:30');

    const writes = watchWrites(page);

    await page.getByTestId('segment-1-end').fill('14:00');
    await page.getByTestId('save-hours').click();
    await expect
      .poll(() => fieldError(page, 'segment-1-end').textContent())
      .toBe(t.validation.timeOrder);
    expect(writes).toEqual([]);

    await page.getByTestId('segment-1-end').fill('18:00');
    await page.getByTestId('save-hours').click();
    await expect
      .poll(() => page.getByTestId('hours-saved').textContent())
      .toBe(t.officeHours.saved);
    expect(await screen(page, 'en-office-hours')).toEqual([]);
    expect(office.app.workingTime().officeHours.segments).toEqual([
      { start: '09:00', end: '13:00' },
      { start: '14:30', end: '18:00' },
    ]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the audit log shows the administrator’s changes to the auditor', async () => {
    const t = TEXTS.en;
    const { page, errors } = await openPage(browser, office.url, 'en');

    await signInHome(page, 'auditor', 'en');
    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-table').locator('[data-action]').first().waitFor();

    const actions = await page
      .getByTestId('audit-table')
      .locator('[data-action]')
      .evaluateAll((cells) => cells.map((cell) => cell.textContent));

    expect(actions).toEqual([
      t.audit.actions.officeHoursSet,
      t.audit.actions.calendarEntryRemoved,
      t.audit.actions.calendarEntrySet,
      t.audit.actions.calendarEntrySet,
      t.audit.actions.userCreated,
    ]);
    expect(await screen(page, 'en-audit-log')).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a visitor who is not signed in gets the sign-in form without a failed request, icon included', async () => {
    const { page, errors } = await openPage(browser, office.url, 'kk');
    const failed: string[] = [];

    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto('/');
    await page.getByTestId('login').waitFor();

    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const reply = await fetch(`${office.url}${icon ?? ''}`);

    expect([reply.status, reply.headers.get('content-type')]).toEqual([200, 'image/svg+xml']);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  const storedCases = async () =>
    (await office.app.store.cases.list({ limit: 100, offset: 0 })).total;
});

async function termBadge(page: Page) {
  const badge = page.getByTestId('term-met');

  return { met: await badge.getAttribute('data-term-met'), text: await badge.textContent() };
}

/** Runs the history check and reads its verdict and the texts of its alerts. */
async function checkHistory(page: Page) {
  await page.getByTestId('check-history').click();

  const verdict = page.getByTestId('history-verdict');

  await verdict.waitFor();

  return {
    verdict: await verdict.getAttribute('data-verdict'),
    alerts: await verdict.locator('.ant-alert-message').allTextContents(),
  };
}

/** The parts of an element the width checks read; the tests compile without DOM types. */
interface Box {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  readonly parentElement: Box;
}

/** The applicant's cell of a row: its hover title, whether it is cut, whether the table fits. */
async function applicantCell(page: Page, number: string) {
  const table = page.getByTestId('case-table');
  const name = table.locator('tr', { hasText: number }).locator('.col-applicant .ellipsis');

  return {
    title: await name.getAttribute('title'),
    cut: await name.evaluate((node) => {
      const box = node as unknown as Box;

      return box.scrollWidth > box.clientWidth;
    }),
    tableFits: await table.evaluate((node) => {
      const wrap = (node as unknown as Box).parentElement;

      return wrap.scrollWidth <= wrap.clientWidth;
    }),
  };
}

async function fillEntry(page: Page, date: string, kind: string, name: string): Promise<void> {
  await page.getByTestId('entry-date').fill(date);
  await page.getByTestId('entry-kind').selectOption(kind);

  for (const lang of ['kk', 'ru', 'en']) {
    await page.getByTestId(`entry-name-${lang}`).fill(`${name} (${lang})`);
  }

  await page.getByTestId('entry-source-kind').selectOption('order');
  await page.getByTestId('entry-source-title').fill('Order of the Minister of Labour');
  await page.getByTestId('entry-reference').fill('No. 1 of 1 Apr 2019');
}

/** The kind of day the calendar's table shows on the row of `day`. */
function kindOf(page: Page, day: string): Promise<string | null> {
  return page
    .getByTestId('calendar-table')
    .locator('tr', { hasText: day })
    .locator('[data-kind]')
    .textContent();
}
