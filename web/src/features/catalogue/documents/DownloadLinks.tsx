import { useTranslation } from 'react-i18next';
import { type ArtefactRef, artefactUrl } from '../../../api/endpoints';
import type { ArtefactFormat } from '../../../api/types';

/** BPMN modelers open `.bpmn` files; every other format keeps its own name. */
const EXTENSIONS: Readonly<Record<ArtefactFormat, string>> = {
  svg: 'svg',
  png: 'png',
  xml: 'bpmn',
  txt: 'txt',
};

/** Links that save the document in each format it comes in, named after version and language. */
export function DownloadLinks({
  artefact,
  formats,
}: {
  readonly artefact: ArtefactRef;
  readonly formats: readonly ArtefactFormat[];
}) {
  const { t } = useTranslation();
  const { version, as, lang } = artefact;

  return (
    <ul className="downloads" data-testid={`${as}-downloads`}>
      {formats.map((format) => (
        <li key={format}>
          <a
            href={artefactUrl(artefact, format)}
            download={`${version.id}-${as}-${lang}.${EXTENSIONS[format]}`}
          >
            {t('regulationDocs.download', { format: EXTENSIONS[format].toUpperCase() })}
          </a>
        </li>
      ))}
    </ul>
  );
}
