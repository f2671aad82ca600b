import Button from 'antd/es/button';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArtefactRef } from '../../../api/endpoints';
import { PageLoading } from '../../../components/Boot';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { DiagramHandle } from './bpmn-viewer';
import { DownloadLinks } from './DownloadLinks';
import { useArtefactText } from './use-artefact-text';
import { useBpmnViewer } from './use-bpmn-viewer';

const ZOOM_STEP = 1.25;

/** The version's process as the server exports it in BPMN 2.0, drawn by bpmn-js. */
export function BpmnDiagram({ artefact }: { readonly artefact: ArtefactRef }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const xml = useArtefactText(artefact);
  const { diagram, error } = useBpmnViewer(container, xml.text, t('regulationDocs.bpmnTitle'));
  const problem = xml.error ?? error;

  return (
    <figure className="regulation-figure" data-testid="bpmn">
      <figcaption>
        {t('regulationDocs.bpmnTitle')}
        <br />
        <span className="muted">{t('regulationDocs.bpmnHelp')}</span>
      </figcaption>
      <ProblemAlert error={problem} />
      {diagram === null && problem === null && <PageLoading />}
      {diagram !== null && <ZoomButtons diagram={diagram} />}
      <div
        ref={container}
        className="bpmn-canvas"
        lang={artefact.lang}
        data-testid="bpmn-canvas"
        data-ready={diagram !== null}
      />
      <DownloadLinks artefact={artefact} formats={['xml']} />
    </figure>
  );
}

function ZoomButtons({ diagram }: { readonly diagram: DiagramHandle }) {
  const { t } = useTranslation();

  return (
    <div className="bpmn-zoom" role="group" aria-label={t('regulationDocs.bpmn')}>
      <Button size="small" onClick={() => diagram.zoomBy(ZOOM_STEP)}>
        {t('regulationDocs.zoomIn')}
      </Button>
      <Button size="small" onClick={() => diagram.zoomBy(1 / ZOOM_STEP)}>
        {t('regulationDocs.zoomOut')}
      </Button>
      <Button size="small" onClick={() => diagram.fit()} data-testid="bpmn-fit">
        {t('regulationDocs.fit')}
      </Button>
    </div>
  );
}
