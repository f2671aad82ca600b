import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { ManualClock } from '../src/adapters/clock/clocks.js';
import { pinoLogger } from '../src/adapters/logger.js';
import { argon2Hasher } from '../src/adapters/passwords.js';
import { actOnCase } from '../src/application/cases/act-on-case.js';
import { registerApplication } from '../src/application/cases/register-application.js';
import type { App } from '../src/application/context.js';
import { compose } from '../src/compose.js';
import { loadConfig } from '../src/config.js';
import type { CaseEvent, CaseState } from '../src/domain/case/index.js';
import { buildServer } from '../src/interfaces/http/server.js';
import { WEB_DIST } from '../src/interfaces/http/web.js';
import { launchBrowser } from '../test/e2e/support/browser.js';

/** Open cases in the store, all waiting for the head: the largest inbox the office can have. */
const CASES = Number(process.env.BENCH_WEB_CASES ?? 10_000);

/** Cold page loads measured after one warm-up, each in a fresh context with an empty cache. */
const LOADS = 7;
const API_CALLS = 30;
const START = Date.parse('2019-03-04T09:00:00+05:00');
const PASSWORD = 'reglament-2019';

export interface WebBench {
  readonly name: string;
  readonly results: Record<string, number>;
}

/**
 * The web application's first screen under load: the gzip size of the JavaScript the inbox
 * loads, and the time from navigation to a clickable inbox row, on loopback with CASES open
 * cases in the store (goals: at most 300 KB and 1 s).
 *
 * @example npx tsx bench/web.ts
 */
export async function benchWeb(): Promise<WebBench> {
  const dataDir = mkdtempSync(join(tmpdir(), 'reglament-bench-web-'));
  const clock = new ManualClock(START);
  const composed = await compose(loadConfig({ dataDir, databaseUrl: '' }, {}), {
    clock,
    log: pinoLogger('silent'),
    passwords: argon2Hasher({ memoryCost: 1024, timeCost: 1 }),
  });
  const server = await buildServer(composed.app, { webRoot: builtWeb() });

  try {
    await fillStore(composed.app, CASES);
    await server.listen({ host: '127.0.0.1', port: 0 });

    const url = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
    const token = await signIn(url, 'head');

    return { name: 'web', results: await measure(url, token) };
  } finally {
    await server.close();
    await composed.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function builtWeb(): string {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    execFileSync(
      'npx',
      ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'error'],
      {
        cwd: new URL('../', import.meta.url).pathname,
        stdio: 'inherit',
      },
    );
  }

  return WEB_DIST;
}

/**
 * One real case made by the use cases, then `count` copies stored through the case repository
 * in one transaction: driving each through the commands would measure the commands instead.
 */
async function fillStore(app: App, count: number): Promise<void> {
  const clerk = (await app.store.users.byLogin('clerk'))!;
  const registered = await registerApplication(app, clerk, {
    serviceCode: 'religious-event-premises',
    applicant: { kind: 'person', iin: '900101300007', surname: 'Үлгі', givenName: 'Өтініш' },
    representative: null,
    documentsPresented: ['application', 'identity-document', 'premises-right', 'event-description'],
  });
  const template = await actOnCase(app, clerk, registered.id, { type: 'accept' });
  const events = (await app.store.cases.events(template.id)).map((e) => e.event);

  await app.store.transaction(async (store) => {
    for (let i = 0; i < count; i++) {
      const state = copyOf(template, i);

      await store.cases.create(
        state,
        events.map((e) => withCaseId(e, state.id)),
      );
    }
  });
}

/** A copy with its own id, number and applicant, its deadline spread over two months. */
function copyOf(template: CaseState, i: number): CaseState {
  const step = template.step!;
  // A tenth of the copies lie in the past, so the inbox opens on overdue rows.
  const shiftMs = (i - Math.floor(CASES / 10)) * 7 * 60_000;

  return {
    ...template,
    id: `bench-${String(i).padStart(6, '0')}`,
    applicant: {
      kind: 'person',
      iin: '900101300007',
      surname: `Өтініш беруші ${i}`,
      givenName: 'Тест',
    },
    receipt: { ...template.receipt!, incomingNumber: `ДІБ-2019-B${String(i).padStart(5, '0')}` },
    step: { ...step, startedAt: step.startedAt + shiftMs, dueAt: step.dueAt + shiftMs },
  };
}

function withCaseId(event: CaseEvent, caseId: string): CaseEvent {
  return event.type === 'ApplicationRegistered'
    ? { ...event, data: { ...event.data, caseId } }
    : event;
}

async function signIn(url: string, login: string): Promise<string> {
  const reply = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: PASSWORD }),
  });

  return ((await reply.json()) as { token: string }).token;
}

async function measure(url: string, token: string): Promise<Record<string, number>> {
  const browser = await launchBrowser();

  try {
    const loads = [];

    // The browser's first page pays for starting its renderer; that is not the application's.
    await loadInbox(browser, url, token);

    for (let i = 0; i < LOADS; i++) loads.push(await loadInbox(browser, url, token));

    const times = loads.map((l) => l.interactiveMs);
    const first = loads[0]!;

    return {
      openCases: CASES,
      inboxJsGzipBytes: first.gzipBytes,
      inboxJsRawBytes: first.rawBytes,
      inboxJsFiles: first.files,
      interactiveMsMedian: Math.round(median(times)),
      interactiveMsMax: Math.round(Math.max(...times)),
      inboxApiMsMedian: Number(median(await apiTimes(url, token)).toFixed(1)),
    };
  } finally {
    await browser.close();
  }
}

/** From navigation to the first inbox row's link on screen, with every script's size. */
async function loadInbox(browser: Browser, url: string, token: string) {
  const context = await browser.newContext({ baseURL: url });

  await context.addCookies([{ name: 'reglament_session', value: token, url }]);

  const page = await context.newPage();
  const scripts: Response[] = [];

  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
  });

  const begin = performance.now();

  await page.goto('/inbox');
  await page.locator('[data-testid="case-table"] tbody tr a').first().waitFor();

  const interactiveMs = performance.now() - begin;

  // Whatever code the page still fetches after its first row belongs to the inbox as well.
  await page.waitForLoadState('networkidle');

  const bodies = await Promise.all(scripts.map((s) => s.body()));

  await context.close();

  return {
    interactiveMs,
    files: bodies.length,
    rawBytes: bodies.reduce((sum, b) => sum + b.length, 0),
    gzipBytes: bodies.reduce((sum, b) => sum + gzipSync(b).length, 0),
  };
}

/** The inbox's own request: the first page of the deadline-sorted list. */
async function apiTimes(url: string, token: string): Promise<number[]> {
  const times: number[] = [];

  for (let i = 0; i < API_CALLS; i++) {
    const begin = performance.now();
    const reply = await fetch(`${url}/api/v1/inbox?limit=20&offset=0`, {
      headers: { authorization: `Bearer ${token}` },
    });

    await reply.arrayBuffer();
    times.push(performance.now() - begin);
  }

  return times;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);

  return sorted.length % 2 === 0 ? (sorted[mid - 1]! + sorted[mid]!) / 2 : sorted[mid]!;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchWeb(), null, 2));
}
