import { describe, expect, it } from 'vitest';
import {
  renderArtefact,
  type ArtefactFormat,
  type ArtefactKind,
} from '../../src/adapters/documents/appendices/index.js';
import { ReglamentError } from '../../src/domain/shared/errors.js';
import { latest } from './support.js';

const version = latest('religious-literature-premises');

describe('renderArtefact, the pieces an HTTP route serves', () => {
  it('answers each artefact in each of its formats with its content type', async () => {
    const pairs: [ArtefactKind, ArtefactFormat][] = [
      ['appendix1', 'svg'],
      ['appendix1', 'png'],
      ['appendix1', 'table'],
      ['appendix2', 'svg'],
      ['appendix2', 'png'],
      ['bpmn', 'xml'],
      ['text', 'txt'],
    ];
    const answers = await Promise.all(
      pairs.map(async ([as, format]) => {
        const { contentType, body } = await renderArtefact(version, as, { lang: 'ru', format });

        return [as, format, contentType, typeof body === 'string' ? 'text' : 'bytes'];
      }),
    );

    expect(answers).toEqual([
      ['appendix1', 'svg', 'image/svg+xml; charset=utf-8', 'text'],
      ['appendix1', 'png', 'image/png', 'bytes'],
      ['appendix1', 'table', 'text/markdown; charset=utf-8', 'text'],
      ['appendix2', 'svg', 'image/svg+xml; charset=utf-8', 'text'],
      ['appendix2', 'png', 'image/png', 'bytes'],
      ['bpmn', 'xml', 'application/xml; charset=utf-8', 'text'],
      ['text', 'txt', 'text/plain; charset=utf-8', 'text'],
    ]);
  });

  it('refuses a format the artefact does not come in with VALIDATION_FAILED', async () => {
    const failure = await renderArtefact(version, 'appendix2', {
      lang: 'kk',
      format: 'table',
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ReglamentError);
    expect({ ...(failure as ReglamentError) }).toEqual({
      name: 'ReglamentError',
      code: 'VALIDATION_FAILED',
      details: { field: 'format', as: 'appendix2', format: 'table', allowed: ['svg', 'png'] },
    });
  });
});
