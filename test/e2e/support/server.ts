import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { App } from '../../../src/application/context.js';
import { ManualClock } from '../../../src/adapters/clock/clocks.js';
import { pinoLogger } from '../../../src/adapters/logger.js';
import { argon2Hasher } from '../../../src/adapters/passwords.js';
import { compose } from '../../../src/compose.js';
import { loadConfig } from '../../../src/config.js';
import { buildServer } from '../../../src/interfaces/http/server.js';
import { ensureWebBuilt } from './web-build.js';

/** Monday 4 March 2019, 09:00 in Atyrau: the training office's first morning. */
export const TRAINING_START = Date.parse('2019-03-04T09:00:00+05:00');

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export interface TestOffice {
  readonly url: string;
  /** The office's files, its SQLite database among them. */
  readonly dataDir: string;
  readonly app: App;
  readonly clock: ManualClock;
  close(): Promise<void>;
}

/**
 * A training office on loopback: a temporary SQLite store, the built web application, and a
 * clock the test moves by hand between steps.
 */
export async function startOffice(): Promise<TestOffice> {
  const webRoot = ensureWebBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'reglament-e2e-'));
  const clock = new ManualClock(TRAINING_START);
  const composed = await compose(loadConfig({ dataDir }, {}), {
    clock,
    passwords: argon2Hasher({ memoryCost: 1024, timeCost: 1 }),
    log: pinoLogger('silent'),
  });
  const server: FastifyInstance = await buildServer(composed.app, { webRoot });

  await server.listen({ host: '127.0.0.1', port: 0 });

  const { port } = server.server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    app: composed.app,
    clock,
    close: async () => {
      await server.close();
      await composed.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
