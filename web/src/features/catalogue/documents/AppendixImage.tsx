import { useTranslation } from 'react-i18next';
import { type ArtefactRef, artefactUrl } from '../../../api/endpoints';
import { DownloadLinks } from './DownloadLinks';

/** An appendix drawn by the server, shown as its SVG and offered as SVG and PNG. */
export function AppendixImage({
  artefact,
}: {
  readonly artefact: ArtefactRef & { readonly as: 'appendix1' | 'appendix2' };
}) {
  const { t } = useTranslation();
  const title = t(`regulationDocs.${artefact.as}Title`);

  return (
    <figure className="regulation-figure">
      <figcaption>{title}</figcaption>
      <img src={artefactUrl(artefact, 'svg')} alt={title} data-testid={`${artefact.as}-image`} />
      <DownloadLinks artefact={artefact} formats={['svg', 'png']} />
    </figure>
  );
}
