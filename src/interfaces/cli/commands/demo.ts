import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ManualClock } from '../../../adapters/clock/clocks.js';
import { pinoLogger } from '../../../adapters/logger.js';
import { compose } from '../../../compose.js';
import { DEFAULT_TRAINING_START, loadConfig, TRAINING_PASSWORD } from '../../../config.js';
import { parseInstant } from '../../../domain/calendar/index.js';
import { isLang } from '../../../i18n/index.js';
import { API_PREFIX, buildServer } from '../../http/server.js';
import type { CliCommand } from '../command.js';
import { ApiClient } from '../demo/api-client.js';
import { printTimeline } from '../demo/print-timeline.js';
import { runScenario, type Staff } from '../demo/scenario.js';
import { parseFlags, UsageError } from '../options.js';

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'drive applications of all three services through the HTTP API on a simulated clock',
  usage: 'reglament demo [--lang kk|ru|en] [--data-dir DIR]',
  async run(args, io) {
    const { values } = parseFlags(args, {
      lang: { type: 'string' },
      'data-dir': { type: 'string' },
    });
    const lang = values.lang ?? 'kk';

    if (!isLang(lang)) throw new UsageError(`unknown language ${lang}`);

    const clock = new ManualClock(parseInstant(DEFAULT_TRAINING_START));
    const dataDir = values['data-dir'] ?? mkdtempSync(join(tmpdir(), 'reglament-demo-'));
    const { app, close } = await compose(loadConfig({ dataDir, mode: 'training' }), {
      clock,
      log: pinoLogger('warn'),
    });
    const server = await buildServer(app);

    try {
      await server.listen({ host: '127.0.0.1', port: 0 });

      const base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}${API_PREFIX}`;
      const cases = await runScenario(await signInStaff(base, lang), clock);

      for (const c of cases) io.stdout(`${printTimeline(c.title, c.detail, lang)}\n`);

      return 0;
    } finally {
      await server.close();
      await close();
      if (values['data-dir'] === undefined) rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

async function signInStaff(base: string, lang: string): Promise<Staff> {
  const client = (): ApiClient => new ApiClient(base, lang);
  const [clerk, head, officer1, officer2] = [client(), client(), client(), client()];
  const ids = await Promise.all([
    clerk.signIn('clerk', TRAINING_PASSWORD),
    head.signIn('head', TRAINING_PASSWORD),
    officer1.signIn('officer1', TRAINING_PASSWORD),
    officer2.signIn('officer2', TRAINING_PASSWORD),
  ]);

  return {
    clerk,
    head,
    officer1,
    officer2,
    officerIds: { officer1: ids[2].id, officer2: ids[3].id },
  };
}
