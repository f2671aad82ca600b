import { pathToFileURL } from 'node:url';
import type { CliCommand, CliIo } from './command.js';
import { calendarCommand } from './commands/calendar.js';
import { catalogCommand } from './commands/catalog.js';
import { deadlineCommand } from './commands/deadline.js';
import { demoCommand } from './commands/demo.js';
import { exportCommand } from './commands/export.js';
import { migrateCommand } from './commands/migrate.js';
import { serveCommand } from './commands/serve.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import { isLang } from '../../i18n/index.js';
import { errorMessage } from '../../i18n/error-message.js';
import { UsageError } from './options.js';

const COMMANDS: readonly CliCommand[] = [
  serveCommand,
  migrateCommand,
  catalogCommand,
  deadlineCommand,
  calendarCommand,
  demoCommand,
  exportCommand,
];

// A reader that stops early (`reglament calendar 2020 | head`) closes the pipe; that is not a
// failure of the command.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const processIo: CliIo = {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
};

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);

  return ['Usage: reglament <command> [options]', '', 'Commands:', ...lines, ''].join('\n');
}

/**
 * Runs one subcommand and returns the process exit code (0 done, 1 failed, 2 bad usage).
 *
 * @example
 *   process.exitCode = await main(['catalog', '--json']);
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [first, ...others] = argv;
  const asksHelp = first === 'help' || first === '--help' || first === '-h';
  const name = asksHelp ? others[0] : first;
  const rest = asksHelp ? [] : others;

  if (name === undefined) {
    io.stdout(help());

    return asksHelp ? 0 : 2;
  }

  const command = COMMANDS.find((c) => c.name === name);

  if (command === undefined) {
    io.stderr(`reglament: unknown command "${name}"\n\n${help()}`);

    return 2;
  }

  if (asksHelp || rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.summary}\nUsage: ${command.usage}\n`);

    return 0;
  }

  try {
    return await command.run(rest, io);
  } catch (error: unknown) {
    if (error instanceof UsageError) {
      const why = error.refusal === undefined ? error.message : describe(error.refusal, rest);

      io.stderr(`reglament ${name}: ${why}\nUsage: ${command.usage}\n`);

      return 2;
    }
    io.stderr(`reglament ${name}: ${describe(error, rest)}\n`);

    return 1;
  }
}

/**
 * A refusal as the user reads it: the stable code and the message in the language asked for
 * with `--lang` (Kazakh by default), as the HTTP API would say it.
 */
function describe(error: unknown, args: readonly string[]): string {
  if (error instanceof ReglamentError) {
    const asked = args[args.indexOf('--lang') + 1];
    const lang = args.includes('--lang') && isLang(asked) ? asked : 'kk';

    return `${error.code}: ${errorMessage(error.code, error.details, lang)}`;
  }

  return error instanceof Error ? error.message : String(error);
}

// Run directly (`tsx src/interfaces/cli/main.ts …` during development) as well as through bin/.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
