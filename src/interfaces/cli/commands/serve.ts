import { compose } from '../../../compose.js';
import { pinoLogger } from '../../../adapters/logger.js';
import { buildServer } from '../../http/server.js';
import { WEB_DIST } from '../../http/web.js';
import type { CliCommand } from '../command.js';
import { configFrom, parseFlags, STORE_OPTIONS } from '../options.js';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'start the HTTP server (API and web application)',
  usage:
    'reglament serve [--port N] [--host H] [--data-dir DIR] [--database-url URL] ' +
    '[--mode training|live] [--training-start ISO]',
  async run(args, io) {
    const { values } = parseFlags(args, {
      ...STORE_OPTIONS,
      port: { type: 'string' },
      host: { type: 'string' },
    });
    const config = configFrom(values);
    const log = pinoLogger(config.logLevel);
    const { app, close } = await compose(config, { log });
    const server = await buildServer(app, { logger: log, webRoot: WEB_DIST });
    const address = await server.listen({ host: config.host, port: config.port });

    io.stderr(`Reglament (${config.mode}) listening on ${address}\n`);
    await untilSignal();
    await server.close();
    await close();

    return 0;
  },
};

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
