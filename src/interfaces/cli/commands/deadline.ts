import { pinoLogger } from '../../../adapters/logger.js';
import {
  computeDeadline,
  type DeadlineQuestion,
} from '../../../application/calendar/compute-deadline.js';
import { compose } from '../../../compose.js';
import { describeExplanation, parseInstant, parseLimit } from '../../../domain/calendar/index.js';
import { errorCatalogue, ReglamentError } from '../../../domain/shared/errors.js';
import type { Lang } from '../../../domain/shared/text.js';
import { isLang } from '../../../i18n/index.js';
import type { CliCommand, CliIo } from '../command.js';
import { configFrom, parseFlags, STORE_OPTIONS, UsageError } from '../options.js';

/**
 * `reglament deadline 2020-01-03T17:00+05:00 1 working-days` prints the due moment on its first
 * line. It counts on the configured store's calendar, so an administrator's corrections apply;
 * on a machine without one it creates the local SQLite store from the shipped data.
 */
export const deadlineCommand: CliCommand = {
  name: 'deadline',
  summary: 'count a statutory deadline on the working calendar (--explain says how)',
  usage:
    'reglament deadline <start ISO 8601 with offset> <amount> ' +
    '<working-minutes|working-days|calendar-days> [--explain] [--json] [--lang kk|ru|en] ' +
    '[--data-dir DIR] [--database-url URL]',
  async run(args, io) {
    refuseNegativeAmount(args);

    const { values, positionals } = parseFlags(
      args,
      {
        ...STORE_OPTIONS,
        explain: { type: 'boolean' },
        json: { type: 'boolean' },
        lang: { type: 'string' },
      },
      true,
    );
    const question = questionOf(positionals);
    const lang = cliLang(values.lang);

    const composed = await compose(configFrom(values), { log: cliLogger(io) });

    try {
      const computed = computeDeadline(composed.app, question);
      const lines = values.explain === true ? describeExplanation(computed.explanation, lang) : [];

      io.stdout(
        values.json === true ? `${JSON.stringify(computed, null, 2)}\n` : text(computed.due, lines),
      );

      return 0;
    } finally {
      await composed.close();
    }
  },
};

/**
 * The three arguments, checked before the store is opened: a start without an offset, an
 * unknown unit or an amount out of bounds is a usage error naming the argument's code.
 */
function questionOf(positionals: readonly string[]): DeadlineQuestion {
  if (positionals.length !== 3) {
    throw new UsageError(`expected 3 arguments <start> <amount> <unit>, got ${positionals.length}`);
  }

  const [from = '', amount = '', unit = ''] = positionals;

  asUsage(() => parseInstant(from));
  asUsage(() => parseLimit(amount, unit));

  return { from, amount, unit };
}

/**
 * `-1` looks like a flag to the argument parser, which would answer "unknown option"; the user
 * meant an amount, so the answer names the amount.
 */
function refuseNegativeAmount(args: readonly string[]): void {
  const end = args.indexOf('--');
  const negative = (end === -1 ? args : args.slice(0, end)).find((a) => /^-\d/.test(a));

  if (negative !== undefined) {
    throw usageOf(new ReglamentError('LIMIT_AMOUNT_INVALID', { amount: negative }));
  }
}

/** Runs a parse; an `invalid` rejection becomes a usage error with its code and details. */
function asUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error: unknown) {
    if (!(error instanceof ReglamentError) || errorCatalogue[error.code].kind !== 'invalid') {
      throw error;
    }

    throw usageOf(error);
  }
}

function usageOf(error: ReglamentError): UsageError {
  return new UsageError(error.message, error);
}

/** The `--lang` flag; Kazakh when absent, as everywhere in the office. */
export function cliLang(value: string | undefined): Lang {
  const lang = value ?? 'kk';

  if (!isLang(lang)) throw new UsageError(`unknown language "${lang}": use kk, ru or en`);

  return lang;
}

/** Warnings go to stderr, so stdout holds only the answer a script reads. */
export function cliLogger(io: CliIo) {
  return pinoLogger('warn', { write: (line: string) => io.stderr(line) });
}

function text(due: string, lines: readonly string[]): string {
  return [due, ...lines].join('\n') + '\n';
}
