import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser.js';
import { runJourney } from './support/journey.js';
import { KAZAKH_JOURNEYS, RUSSIAN_JOURNEYS } from './support/journeys.js';
import { DAY_MS, startOffice, TRAINING_START, type TestOffice } from './support/server.js';

/** The same desk in each language of the act, each with its own officer and applicants. */
const SUITES = [
  {
    language: 'Kazakh',
    lang: 'kk',
    officer: { login: 'officer1', name: 'Қуанышева Мадина Серікқызы' },
    journeys: KAZAKH_JOURNEYS,
  },
  {
    language: 'Russian',
    lang: 'ru',
    officer: { login: 'officer2', name: 'Петренко Андрей Викторович' },
    journeys: RUSSIAN_JOURNEYS,
  },
] as const;

describe.each(SUITES)('a case of each service, start to finish, in $language', (suite) => {
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

  it.each(suite.journeys.map((journey, i) => ({ ...journey, week: i })))(
    `the clerk, the head and ${suite.officer.login} take $service from intake to handover`,
    async (journey) => {
      const cast = {
        lang: suite.lang,
        start: TRAINING_START + journey.week * 7 * DAY_MS,
        officer: suite.officer,
      };
      const caseId = await runJourney(office, browser, cast, journey);
      const events = await office.app.store.cases.events(caseId);
      const state = await office.app.store.cases.get(caseId);

      expect(events.map((e) => e.event.type)).toEqual([
        'ApplicationRegistered',
        'ApplicationAccepted',
        'CaseForwarded',
        'DraftSaved',
        'DraftSubmitted',
        'ResultSigned',
        'ResultIssued',
      ]);
      expect(state?.status).toBe('closed');
      expect(state?.draft?.fields).toEqual(journey.stored ?? journey.draft);
    },
    120_000,
  );
});
