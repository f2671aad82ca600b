import type { ArtefactRef } from '../../../api/endpoints';
import { PageLoading } from '../../../components/Boot';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { DownloadLinks } from './DownloadLinks';
import { useArtefactText } from './use-artefact-text';

/** Chapters 1–3 of the regulation as the server words them from the version, a line a paragraph. */
export function RegulationText({ artefact }: { readonly artefact: ArtefactRef }) {
  const { text, error } = useArtefactText(artefact);

  if (error !== null) return <ProblemAlert error={error} />;
  if (text === null) return <PageLoading />;

  const paragraphs = text.split('\n').filter((line) => line.trim() !== '');

  return (
    <>
      <div className="regulation-text" lang={artefact.lang} data-testid="regulation-text">
        {paragraphs.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
      <DownloadLinks artefact={artefact} formats={['txt']} />
    </>
  );
}
