import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { PageLoading } from '../../components/Boot';
import { NotFound } from '../../components/NotFound';
import { ProblemAlert } from '../../components/ProblemAlert';
import { findVersion, useSession } from '../../session/context';
import { ActionPanel } from './ActionPanel';
import { CaseHeader } from './CaseHeader';
import { DocumentsState } from './DocumentsState';
import { DraftView } from './DraftView';
import { HistoryCheck } from './HistoryCheck';
import { Timeline } from './Timeline';
import { useCase } from './use-case';

/** One case: where it stands, what the signed-in user can do now, and everything that happened. */
export default function CasePage({ params }: { readonly params: Record<string, string> }) {
  const { t } = useTranslation();
  const { catalogue } = useSession();
  const { data, error, loading, reload, replace } = useCase(params.id ?? '');

  if (error instanceof ApiError && error.status === 404) return <NotFound text={error.message} />;
  if (data === null)
    return loading ? <PageLoading /> : <ProblemAlert error={error} onReload={reload} />;

  const version = findVersion(catalogue, data.case.versionId);

  if (version === undefined) return <NotFound />;

  return (
    <>
      <CaseHeader view={data.case} version={version} />
      <div className="case-grid">
        <div>
          <ActionPanel data={data} version={version} onDone={replace} onReload={reload} />
          <section className="panel" aria-labelledby="case-timeline">
            <h2 id="case-timeline">{t('case.timeline')}</h2>
            <Timeline entries={data.timeline} version={version} />
          </section>
        </div>
        <div>
          <HistoryCheck key={data.case.revision} caseId={data.case.id} />
          <DocumentsState view={data.case} version={version} />
          <DraftView view={data.case} timeline={data.timeline} version={version} />
        </div>
      </div>
    </>
  );
}
