import type { Api } from '../server.js';

/** What any screen needs before sign-in: the mode, the office's clock and its calendar. */
export function systemRoutes(api: Api): void {
  api.get('/health', { schema: { tags: ['system'] } }, () => ({ status: 'ok' }));

  api.get('/system', { schema: { tags: ['system'] } }, () => {
    const time = api.app.workingTime();
    const now = api.app.clock.now();

    return {
      mode: api.app.mode,
      clock: time.format(now),
      today: time.localDate(now),
      zone: time.zone,
      calendarYears: { first: time.firstYear, last: time.lastYear },
    };
  });
}
