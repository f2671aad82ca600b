import { parseArgs } from 'node:util';
import { pinoLogger } from '../../../adapters/logger.js';
import type { Mode } from '../../../application/context.js';
import { compose } from '../../../compose.js';
import { trainingMark } from '../../../i18n/training-mark.js';
import {
  ARTEFACT_FORMATS,
  ARTEFACT_KINDS,
  defaultFormat,
  renderArtefact,
  type ArtefactFormat,
  type ArtefactKind,
} from '../../../adapters/documents/appendices/index.js';
import { isDocLang, type DocLang } from '../../../adapters/documents/language.js';
import type { Service, ServiceVersion } from '../../../domain/regulation/types.js';
import { versionInForce } from '../../../domain/regulation/version-in-force.js';
import { isRejection } from '../../../domain/shared/errors.js';
import { isIsoDate } from '../../../domain/shared/reader.js';
import type { CliCommand, CliIo } from '../command.js';
import { configFrom, STORE_OPTIONS } from '../options.js';

interface Office {
  readonly services: readonly Service[];
  readonly mode: Mode;
  readonly today: string;
}

/**
 * The catalogue the office runs (the store's, with any version an administrator published),
 * and whether its documents carry the training mark.
 */
async function loadOffice(store: StoreFlags): Promise<Office> {
  const { app, close } = await compose(configFrom(store), { log: pinoLogger('warn') });

  try {
    const today = app.workingTime().localDate(app.clock.now());

    return { services: await app.services(), mode: app.mode, today };
  } finally {
    await close();
  }
}

type StoreFlags = Record<string, string | boolean | undefined>;

const USAGE =
  'reglament export <service-code> --as appendix1|appendix2|bpmn|text [--lang kk|ru] ' +
  '[--format svg|png|table] [--on YYYY-MM-DD] [--data-dir DIR] [--database-url URL]';

interface ExportRequest {
  readonly service: string;
  readonly as: ArtefactKind;
  readonly lang: DocLang;
  readonly format: ArtefactFormat;
  readonly on: string | null;
  readonly store: StoreFlags;
}

/** A request, or the reason the arguments are not one (a usage error, exit code 2). */
type Parsed = ExportRequest | { readonly usage: string };

function readOptions(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      as: { type: 'string' },
      lang: { type: 'string' },
      format: { type: 'string' },
      on: { type: 'string' },
      ...STORE_OPTIONS,
    },
  });
}

function checkRequest(
  positionals: readonly string[],
  values: ReturnType<typeof readOptions>['values'],
): Parsed {
  const [service, ...extra] = positionals;
  const as = values.as;
  const lang = values.lang ?? 'kk';

  if (service === undefined || extra.length > 0) return { usage: 'give exactly one service code' };
  if (as === undefined) return { usage: `--as is required: ${ARTEFACT_KINDS.join(', ')}` };
  if (!isKind(as)) return { usage: `unknown --as "${as}": use ${ARTEFACT_KINDS.join(', ')}` };
  if (!isDocLang(lang)) return { usage: `unknown --lang "${lang}": use kk or ru` };

  const format = values.format ?? defaultFormat(as);
  const formats = ARTEFACT_FORMATS[as];

  if (!isFormat(format, formats)) {
    return { usage: `--as ${as} takes --format ${formats.join(' or ')}, not "${format}"` };
  }

  if (values.on !== undefined && !isIsoDate(values.on)) {
    return { usage: `--on takes a date as YYYY-MM-DD, not "${values.on}"` };
  }

  return { service, as, lang, format, on: values.on ?? null, store: values };
}

function isKind(value: string): value is ArtefactKind {
  return (ARTEFACT_KINDS as readonly string[]).includes(value);
}

function isFormat(value: string, formats: readonly ArtefactFormat[]): value is ArtefactFormat {
  return (formats as readonly string[]).includes(value);
}

function parse(args: readonly string[]): Parsed {
  try {
    const { positionals, values } = readOptions(args);

    return checkRequest(positionals, values);
  } catch (error) {
    return { usage: error instanceof Error ? error.message : String(error) };
  }
}

/** The version in force on the date, or without a date the latest one. */
function pickVersion(service: Service, on: string | null): ServiceVersion | string {
  if (on === null) {
    const latest = [...service.versions].sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];

    return latest ?? `service ${service.code} has no versions`;
  }

  const found = versionInForce(service, on);

  if (!isRejection(found)) return found;

  const { endedOn, endedBy, firstInForceOn } = found.details;
  const why =
    endedOn === undefined
      ? `its first version is in force from ${String(firstInForceOn)}`
      : `it ended on ${String(endedOn)} by ${String(endedBy)}`;

  return `no version of ${service.code} is in force on ${on}: ${why}`;
}

async function exportArtefact(request: ExportRequest, io: CliIo): Promise<number> {
  const { services, mode, today } = await loadOffice(request.store);
  const service = services.find((s) => s.code === request.service);

  if (service === undefined) {
    const known = services.map((s) => s.code).join(', ');

    io.stderr(`reglament export: unknown service "${request.service}"; known: ${known}\n`);

    return 2;
  }

  const version = pickVersion(service, request.on);

  if (typeof version === 'string') {
    io.stderr(`reglament export: ${version}\n`);

    return 1;
  }

  const stamp = trainingMark(mode, today, request.lang);
  const artefact = await renderArtefact(version, request.as, {
    ...request,
    ...(stamp === undefined ? {} : { stamp }),
  });

  io.stdout(artefact.body);

  return 0;
}

/**
 * `reglament export`: writes one document of a regulation to stdout, generated from the
 * version in force on `--on` (default: the latest version).
 *
 * @example
 *   reglament export missionary-registration --as appendix2 --lang ru --format png > a2.png
 */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: "Writes a regulation's appendix, BPMN or text, generated from its definition",
  usage: USAGE,
  async run(args, io) {
    const request = parse(args);

    if ('usage' in request) {
      io.stderr(`reglament export: ${request.usage}\nusage: ${USAGE}\n`);

      return 2;
    }

    try {
      return await exportArtefact(request, io);
    } catch (error) {
      io.stderr(`reglament export: ${error instanceof Error ? error.message : String(error)}\n`);

      return 1;
    }
  },
};
