import {
  listCalendarYear,
  type CalendarYear,
} from '../../../application/calendar/list-calendar-year.js';
import { compose } from '../../../compose.js';
import { citeSource, type LegalSource } from '../../../domain/calendar/index.js';
import type { Lang } from '../../../domain/shared/text.js';
import { translator } from '../../../i18n/index.js';
import type { CliCommand } from '../command.js';
import { configFrom, parseFlags, STORE_OPTIONS, UsageError } from '../options.js';
import { textTable } from '../table.js';
import { cliLang, cliLogger } from './deadline.js';

/**
 * `reglament calendar 2020` lists the year's days off and the weekend days worked by act, each
 * with its kind, name and the act behind it, as the configured store holds them.
 */
export const calendarCommand: CliCommand = {
  name: 'calendar',
  summary: "list a year's days off and working weekend days with their acts (--json for data)",
  usage:
    'reglament calendar <year> [--json] [--lang kk|ru|en] [--data-dir DIR] [--database-url URL]',
  async run(args, io) {
    const { values, positionals } = parseFlags(
      args,
      { ...STORE_OPTIONS, json: { type: 'boolean' }, lang: { type: 'string' } },
      true,
    );
    const year = yearOf(positionals);
    const lang = cliLang(values.lang);

    const store = await compose(configFrom(values), { log: cliLogger(io) });

    try {
      const listed = listCalendarYear(store.app, year);

      io.stdout(
        values.json === true ? `${JSON.stringify(listed, null, 2)}\n` : render(listed, lang),
      );

      return 0;
    } finally {
      await store.close();
    }
  },
};

function yearOf(positionals: readonly string[]): number {
  const [year] = positionals;

  if (positionals.length !== 1 || year === undefined) {
    throw new UsageError(`expected 1 argument <year>, got ${positionals.length}`);
  }
  if (!/^\d{4}$/.test(year)) throw new UsageError(`the year must be four digits, got "${year}"`);

  return Number(year);
}

/** A table of the days; each act is cited once, as a numbered note under the table. */
function render(listed: CalendarYear, lang: Lang): string {
  const t = translator(lang);
  const weekday = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' });
  const acts = [...new Set(listed.days.map((d) => sourceText(d.source, lang)))];
  const header = [
    t('cli.calendar.date'),
    t('cli.calendar.weekday'),
    t('cli.calendar.kind'),
    t('cli.calendar.name'),
    t('cli.cites'),
  ];
  const rows = listed.days.map((d) => [
    d.date,
    weekday.format(new Date(`${d.date}T00:00:00Z`)),
    t(`cli.calendar.kinds.${d.kind}`),
    d.name[lang],
    `[${acts.indexOf(sourceText(d.source, lang)) + 1}]`,
  ]);

  return (
    [
      `${listed.year} (${t(`cli.calendar.status.${listed.status}`)})`,
      ...listed.notes.map((note) => `- ${note}`),
      '',
      textTable(header, rows, 40),
      '',
      ...acts.map((act, i) => `[${i + 1}] ${act}`),
    ].join('\n') + '\n'
  );
}

function sourceText(source: LegalSource, lang: Lang): string {
  return source.url === undefined
    ? citeSource(source, lang)
    : `${citeSource(source, lang)}, ${source.url}`;
}
