import { catalogueOn } from '../../../application/catalogue/catalogue-view.js';
import { compose } from '../../../compose.js';
import { pinoLogger } from '../../../adapters/logger.js';
import type { ServiceVersion } from '../../../domain/regulation/types.js';
import type { Lang } from '../../../domain/shared/text.js';
import { isIsoDate } from '../../../domain/shared/reader.js';
import { isLang, translator } from '../../../i18n/index.js';
import { formatLimit } from '../../../i18n/limit-text.js';
import type { CliCommand } from '../command.js';
import { configFrom, parseFlags, STORE_OPTIONS, UsageError } from '../options.js';
import { textTable } from '../table.js';

export const catalogCommand: CliCommand = {
  name: 'catalog',
  summary: 'list each service with its steps, roles and limits (--json for data)',
  usage: 'reglament catalog [--json] [--lang kk|ru|en] [--on YYYY-MM-DD] [--data-dir DIR]',
  async run(args, io) {
    const { values } = parseFlags(args, {
      ...STORE_OPTIONS,
      json: { type: 'boolean' },
      lang: { type: 'string' },
      on: { type: 'string' },
    });
    const lang = values.lang ?? 'kk';

    if (!isLang(lang)) throw new UsageError(`unknown language ${lang}`);
    if (values.on !== undefined && !isIsoDate(values.on)) {
      throw new UsageError(`--on takes a date as YYYY-MM-DD, not "${values.on}"`);
    }

    const { app, close } = await compose(configFrom(values), { log: pinoLogger('warn') });

    try {
      const on = values.on ?? app.workingTime().localDate(app.clock.now());
      const services = catalogueOn(await app.services(), on);

      io.stdout(
        values.json === true
          ? `${JSON.stringify({ on, services }, null, 2)}\n`
          : render(services, lang),
      );

      return 0;
    } finally {
      await close();
    }
  },
};

function render(services: ReturnType<typeof catalogueOn>, lang: Lang): string {
  return services
    .map((s) => {
      const id = 'versionId' in s.inForce ? s.inForce.versionId : null;
      const version = s.versions.find((v) => v.id === id) ?? s.versions[s.versions.length - 1]!;

      return serviceBlock(s.code, s.title[lang], version, id !== null, lang);
    })
    .join('\n\n');
}

function serviceBlock(
  code: string,
  title: string,
  version: ServiceVersion,
  inForce: boolean,
  lang: Lang,
): string {
  const t = translator(lang);
  const status = inForce ? t('cli.inForce') : t('cli.notInForce');
  const header = [t('cli.step'), t('cli.role'), t('cli.action'), t('cli.limit'), t('cli.cites')];
  const rows = version.steps.map((s) => [
    String(s.order),
    t(`cli.roles.${s.role}`),
    s.summary[lang],
    formatLimit(s.limit, lang),
    `${s.cites.appendix}: §${s.cites.paragraph}.${s.cites.item ?? ''}`,
  ]);
  const branches = version.branches.map((b) => [
    `1'`,
    t(`cli.roles.${b.role}`),
    b.summary[lang],
    formatLimit(b.limit, lang),
    `${b.cites.appendix}: §${b.cites.paragraph}.${b.cites.item ?? ''}`,
  ]);

  return (
    [
      `${code}  ${title}`,
      `${t('cli.version')}: ${version.id} (${period(version)}, ${status})`,
      '',
      textTable(header, [...rows, ...branches]),
    ].join('\n') + '\n'
  );
}

function period(version: ServiceVersion): string {
  return `${version.validFrom} .. ${version.validTo ?? ''}`;
}
