import type { ReactNode } from 'react';
import { ApiError } from '../../api/client';
import type { CaseWithTimeline, ServiceVersion } from '../../api/types';
import { PageLoading } from '../../components/Boot';
import { NotFound } from '../../components/NotFound';
import { ProblemAlert } from '../../components/ProblemAlert';
import { findVersion, useSession } from '../../session/context';
import { useCase } from '../case/use-case';

/** Loads the case a printed page is about; renders the page only once it is there. */
export function PrintableCase({
  id,
  children,
}: {
  readonly id: string;
  readonly children: (data: CaseWithTimeline, version: ServiceVersion) => ReactNode;
}) {
  const { catalogue } = useSession();
  const { data, error, loading, reload } = useCase(id);

  if (error instanceof ApiError && error.status === 404) return <NotFound text={error.message} />;
  if (data === null)
    return loading ? <PageLoading /> : <ProblemAlert error={error} onReload={reload} />;

  const version = findVersion(catalogue, data.case.versionId);

  return version === undefined ? <NotFound /> : children(data, version);
}
