import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser.js';
import { runJourney } from './support/journey.js';
import { RUSSIAN_JOURNEYS } from './support/journeys.js';
import { DAY_MS, startOffice, TRAINING_START, type TestOffice } from './support/server.js';

describe('a case of each service, start to finish, in Russian', () => {
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

  it.each(RUSSIAN_JOURNEYS.map((journey, i) => ({ ...journey, week: i })))(
    'the clerk, the head and officer2 take $service from intake to handover',
    async (journey) => {
      const caseId = await runJourney(
        office,
        browser,
        {
          lang: 'ru',
          start: TRAINING_START + journey.week * 7 * DAY_MS,
          officer: { login: 'officer2', name: 'Петренко Андрей Викторович' },
        },
        journey,
      );
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
      expect(state?.draft?.fields).toEqual(journey.draft);
    },
    120_000,
  );
});
