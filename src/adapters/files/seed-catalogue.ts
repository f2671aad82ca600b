import { readFileSync } from 'node:fs';
import { readCatalogue, type Catalogue } from '../../domain/regulation/read-catalogue.js';
import { ReglamentError } from '../../domain/shared/errors.js';
import { shippedDataPath } from './data-dir.js';

export const SEED_CATALOGUE_FILE = 'regulations/atyrau-2015-155.json';

/**
 * Reads and checks the shipped catalogue. A broken definition stops here with every problem
 * named by service, field and reason.
 */
export function loadSeedCatalogue(file = shippedDataPath(SEED_CATALOGUE_FILE)): Catalogue {
  const read = readCatalogue(JSON.parse(readFileSync(file, 'utf8')) as unknown);

  if ('problems' in read) {
    const lines = read.problems.map(
      (p) =>
        `service ${p.service}${p.version ? `@${p.version}` : ''}, field ${p.path}: ${p.problem}`,
    );

    throw new ReglamentError('DEFINITION_INVALID', { file, problems: lines });
  }

  return read;
}
