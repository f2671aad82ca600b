import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedDataPath } from '../../src/adapters/files/data-dir.js';
import { loadSeedCatalogue, SEED_CATALOGUE_FILE } from '../../src/adapters/files/seed-catalogue.js';
import { inForceFrom } from '../../src/domain/regulation/act-life.js';
import { readCatalogue } from '../../src/domain/regulation/read-catalogue.js';
import { versionInForce } from '../../src/domain/regulation/version-in-force.js';

const seedJson = (): Record<string, any> =>
  JSON.parse(readFileSync(shippedDataPath(SEED_CATALOGUE_FILE), 'utf8'));

describe('the seeded catalogue of resolution No. 155', () => {
  const { act, services } = loadSeedCatalogue();

  it('holds the three services with the titles the act spells', () => {
    expect(services.map((s) => [s.code, s.appendix, s.title.kk])).toEqual([
      [
        'religious-literature-premises',
        1,
        'Діни әдебиетті және діни мазмұндағы өзге де ақпараттық материалдарды, діни мақсаттағы заттарды тарату үшін арнайы тұрақты үй-жайлардың орналасатын жерін бекіту туралы шешім беру',
      ],
      [
        'religious-event-premises',
        2,
        'Діни іс-шараларды өткізуге арналған үй-жайларды ғибадат үйлерінен (ғимараттарынан) тыс жерлерде орналастыруға келісу туралы шешім беру',
      ],
      [
        'missionary-registration',
        3,
        'Миссионерлік қызметті жүзеге асыратын тұлғаларды тіркеуді және қайта тіркеуді жүргізу',
      ],
    ]);
  });

  it('gives every service the five steps of §5 with their roles, limits and citations', () => {
    for (const service of services) {
      const steps = service.versions.at(-1)!.steps.map((s) => [s.code, s.role, s.limit, s.cites]);

      expect(steps).toEqual([
        [
          'intake',
          'clerk',
          { amount: 30, unit: 'working-minutes' },
          { appendix: service.appendix, paragraph: 5, item: 1 },
        ],
        [
          'routing',
          'head',
          { amount: 1, unit: 'working-days' },
          { appendix: service.appendix, paragraph: 5, item: 2 },
        ],
        [
          'execution',
          'officer',
          { amount: 26, unit: 'calendar-days' },
          { appendix: service.appendix, paragraph: 5, item: 3 },
        ],
        [
          'signing',
          'head',
          { amount: 1, unit: 'working-days' },
          { appendix: service.appendix, paragraph: 5, item: 4 },
        ],
        [
          'issuance',
          'clerk',
          { amount: 1, unit: 'working-days' },
          { appendix: service.appendix, paragraph: 5, item: 5 },
        ],
      ]);
    }
  });

  it('names a reasoned refusal only where the act does (regulations 2 and 3, §3)', () => {
    expect(services.map((s) => s.versions.at(-1)!.results.map((r) => r.kind))).toEqual([
      ['premises-decision'],
      ['letter-of-agreement', 'reasoned-refusal'],
      ['missionary-certificate', 'reasoned-refusal'],
    ]);
  });

  it('marks every §9 and §10 item that the seed does not confirm as assumed', () => {
    const sources = services.flatMap((s) => {
      const v = s.versions.at(-1)!;

      return [...v.documents, ...v.refusalGrounds].map((x) => [x.code, x.source.status]);
    });

    expect(
      sources.filter(([code]) => code === 'application').every(([, s]) => s === 'confirmed'),
    ).toBe(true);
    expect(
      sources.filter(([code]) => code !== 'application').every(([, s]) => s === 'assumed'),
    ).toBe(true);
  });

  it('derives the periods of the two versions from the act’s life', () => {
    expect(act.life.map((e) => [e.event, e.act.number, inForceFrom(e)])).toEqual([
      ['adopted', '155', '2015-07-15'],
      ['amended', '55', '2016-04-20'],
      ['repealed', '304', '2020-01-21'],
    ]);
    expect(services[0]!.versions.map((v) => [v.id, v.validFrom, v.validTo])).toEqual([
      ['religious-literature-premises@2015', '2015-07-15', '2016-04-19'],
      ['religious-literature-premises@2016', '2016-04-20', '2020-01-20'],
    ]);
  });
});

describe('the version in force', () => {
  const service = loadSeedCatalogue().services[2]!;

  it.each([
    ['2015-12-01', 'missionary-registration@2015'],
    ['2016-04-20', 'missionary-registration@2016'],
    ['2020-01-20', 'missionary-registration@2016'],
  ])('on %s is %s', (date, id) => {
    expect(versionInForce(service, date)).toMatchObject({ id });
  });

  it('is none after the repeal, and the refusal names the repealing act', () => {
    expect(versionInForce(service, '2026-12-04')).toEqual({
      code: 'REGULATION_NOT_IN_FORCE',
      details: {
        service: 'missionary-registration',
        date: '2026-12-04',
        endedOn: '2020-01-20',
        endedBy: 'Atyrau region akimat, resolution No. 304 of 2019-12-25',
        endedByKk: 'Атырау облысы әкімдігі, 25.12.2019 № 304 қаулы',
        endedByRu: 'Акимат Атырауской области, постановление от 25.12.2019 № 304',
      },
    });
  });

  it('is none before the act took effect', () => {
    expect(versionInForce(service, '2015-06-01')).toEqual({
      code: 'REGULATION_NOT_IN_FORCE',
      details: {
        service: 'missionary-registration',
        date: '2015-06-01',
        firstInForceOn: '2015-07-15',
      },
    });
  });
});

describe('a broken definition', () => {
  it('is reported with the service, the field and what is wrong, for every version', () => {
    const doc = seedJson();

    doc.procedure.steps[2].limit = { amount: -26, unit: 'calendar-days' };
    doc.services[1].refusalGrounds = [];

    const read = readCatalogue(doc);
    const limit = {
      path: 'steps[2].limit.amount',
      problem: 'must be a whole number from 1 to 3650',
    };

    expect(read).toEqual({
      problems: [
        'religious-literature-premises',
        'religious-event-premises',
        'missionary-registration',
      ].flatMap((service) => ['2015', '2016'].map((version) => ({ service, version, ...limit }))),
    });
  });

  it('checks the template: the signing step belongs to the head, and refusals need grounds', () => {
    const doc = seedJson();

    doc.procedure.steps[3].role = 'officer';
    doc.services[1].refusalGrounds = [];

    const read = readCatalogue(doc);
    const problems = 'problems' in read ? read.problems : [];

    const expected = (version: string) =>
      [
        { path: 'steps[2].handsTo', problem: 'must be officer, who does the next step' },
        { path: 'steps[3].role', problem: 'the signing step is done by the head' },
        {
          path: 'refusalGrounds',
          problem: 'a service with a reasoned refusal must list the grounds it may cite',
        },
      ].map((p) => ({ service: 'religious-event-premises', version, ...p }));

    expect(problems.filter((p) => p.service === 'religious-event-premises')).toEqual([
      ...expected('2015'),
      ...expected('2016'),
    ]);
  });

  it('stops loading with DEFINITION_INVALID naming each problem', () => {
    const doc = seedJson();
    const file = join(mkdtempSync(join(tmpdir(), 'reglament-')), 'broken.json');

    doc.services[0].documents = [];
    writeFileSync(file, JSON.stringify(doc));

    expect(() => loadSeedCatalogue(file)).toThrowError(
      expect.objectContaining({
        code: 'DEFINITION_INVALID',
        details: {
          file,
          problems: [
            'service religious-literature-premises@2015, field documents: must list at least one required document',
            'service religious-literature-premises@2016, field documents: must list at least one required document',
          ],
        },
      }),
    );
  });
});
