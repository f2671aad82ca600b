import type { ComponentType } from 'react';
import { ApiError } from '../../api/client';
import type { CaseWithTimeline, ServiceVersion } from '../../api/types';
import { PageLoading } from '../../components/Boot';
import { NotFound } from '../../components/NotFound';
import { ProblemAlert } from '../../components/ProblemAlert';
import { findVersion, useSession } from '../../session/context';
import { useCase } from '../case/use-case';

/** What a printed sheet is drawn from: the case with its history, and its regulation version. */
export interface SheetProps {
  readonly data: CaseWithTimeline;
  readonly version: ServiceVersion;
}

/** Loads the case a printed page is about; renders its sheet only once it is there. */
export function PrintableCase({
  id,
  sheet: Sheet,
}: {
  readonly id: string;
  readonly sheet: ComponentType<SheetProps>;
}) {
  const { catalogue } = useSession();
  const { data, error, loading, reload } = useCase(id);

  if (error instanceof ApiError && error.status === 404) return <NotFound text={error.message} />;
  if (data === null)
    return loading ? <PageLoading /> : <ProblemAlert error={error} onReload={reload} />;

  const version = findVersion(catalogue, data.case.versionId);

  return version === undefined ? <NotFound /> : <Sheet data={data} version={version} />;
}
