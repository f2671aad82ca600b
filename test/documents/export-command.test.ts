import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actName } from '../../src/domain/regulation/act-life.js';
import { exportCommand } from '../../src/interfaces/cli/commands/export.js';
import { allVersions, keepArtefact, latest } from './support.js';

const missionary = latest('missionary-registration');
const [firstWording, amendedWording] = allVersions.filter(
  (v) => v.serviceCode === 'missionary-registration',
);

const USAGE =
  'usage: reglament export <service-code> --as appendix1|appendix2|bpmn|text [--lang kk|ru] ' +
  '[--format svg|png|table] [--on YYYY-MM-DD] [--data-dir DIR] [--database-url URL]\n';

/** The store of the training office the command reads, made once for the whole file. */
const dataDir = mkdtempSync(join(tmpdir(), 'reglament-export-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function run(...args: string[]) {
  const out: (string | Uint8Array)[] = [];
  let err = '';
  const code = await exportCommand.run([...args, '--data-dir', dataDir], {
    stdout: (chunk) => out.push(chunk),
    stderr: (chunk) => (err += chunk),
  });

  return { code, out, err };
}

function text(out: readonly (string | Uint8Array)[]): string {
  return out.map((chunk) => (typeof chunk === 'string' ? chunk : '<bytes>')).join('');
}

describe('reglament export', () => {
  it.each([
    [['--as', 'text'], 'give exactly one service code'],
    [['missionary-registration'], '--as is required: appendix1, appendix2, bpmn, text'],
    [
      ['missionary-registration', '--as', 'appendix3'],
      'unknown --as "appendix3": use appendix1, appendix2, bpmn, text',
    ],
    [
      ['missionary-registration', '--as', 'text', '--lang', 'en'],
      'unknown --lang "en": use kk or ru',
    ],
    [
      ['missionary-registration', '--as', 'appendix2', '--format', 'table'],
      '--as appendix2 takes --format svg or png, not "table"',
    ],
    [
      ['missionary-registration', '--as', 'bpmn', '--format', 'svg'],
      '--as bpmn takes --format xml, not "svg"',
    ],
    [
      ['missionary-registration', '--as', 'text', '--on', '2016-02-30'],
      '--on takes a date as YYYY-MM-DD, not "2016-02-30"',
    ],
  ])('rejects %j as bad usage with exit code 2', async (args, message) => {
    expect(await run(...args)).toEqual({
      code: 2,
      out: [],
      err: `reglament export: ${message}\n${USAGE}`,
    });
  });

  it('rejects an option it does not know as bad usage', async () => {
    const result = await run('missionary-registration', '--as', 'text', '--colour', 'red');

    expect({ code: result.code, out: result.out, usage: result.err.endsWith(USAGE) }).toEqual({
      code: 2,
      out: [],
      usage: true,
    });
  });

  it('names the known services when the code is unknown', async () => {
    expect(await run('marriage-registration', '--as', 'text')).toEqual({
      code: 2,
      out: [],
      err:
        'reglament export: unknown service "marriage-registration"; known: ' +
        'religious-literature-premises, religious-event-premises, missionary-registration\n',
    });
  });

  it('fails with exit code 1 when no version is in force on the date', async () => {
    expect(await run('missionary-registration', '--as', 'text', '--on', '2021-01-01')).toEqual({
      code: 1,
      out: [],
      err:
        'reglament export: no version of missionary-registration is in force on 2021-01-01: ' +
        `it ended on ${missionary.validTo} by ${actName(missionary.endedBy!, 'en')}\n`,
    });
  });

  it('writes the text of the version in force on the date', async () => {
    const [original, amended] = await Promise.all(
      [firstWording?.validFrom ?? '', amendedWording?.validFrom ?? ''].map((on) =>
        run('missionary-registration', '--as', 'text', '--lang', 'ru', '--on', on),
      ),
    );
    const notes = (out: readonly (string | Uint8Array)[]): string[] =>
      text(out)
        .split('\n')
        .filter((l) => l.startsWith('Сноска.'));

    expect({
      codes: [original?.code, amended?.code],
      notes: [notes(original?.out ?? []), notes(amended?.out ?? [])],
    }).toEqual({
      codes: [0, 0],
      notes: [
        [],
        ['Сноска. Пункт 3 в редакции постановления акимата Атырауской области от 18.03.2016 № 55.'],
      ],
    });
  });

  it('writes appendix 1 as a table, appendix 2 as PNG and the BPMN as XML', async () => {
    const table = await run('religious-event-premises', '--as', 'appendix1', '--format', 'table');
    const png = await run('religious-event-premises', '--as', 'appendix2', '--format', 'png');
    const bpmn = await run('religious-event-premises', '--as', 'bpmn', '--lang', 'ru');
    const bytes = png.out[0] as Uint8Array;

    keepArtefact('cli.religious-event-premises.appendix2.kk.png', bytes);

    expect({
      codes: [table.code, png.code, bpmn.code],
      table: text(table.out)
        .split('\n')
        .slice(0, 6)
        .filter((l) => l.startsWith('[') || l.startsWith('| №')),
      png: [...bytes.slice(1, 4)],
      bpmn: text(bpmn.out).split('\n')[0],
      errors: table.err + png.err + bpmn.err,
    }).toEqual({
      codes: [0, 0, 0],
      table: [
        // A fresh training office: its clock starts on 4 March 2019.
        '[ОҚУ РЕЖИМІ · 04.03.2019]',
        '| № | ҚФБ | Рәсімнің (іс-қимылдың) мазмұны | Орындалу ұзақтығы | Не және кімге беріледі |',
      ],
      png: [0x50, 0x4e, 0x47],
      bpmn: '<?xml version="1.0" encoding="UTF-8"?>',
      errors: '',
    });
  });
});
