import { useTranslation } from 'react-i18next';
import { unnumbered } from '../../format/unnumbered';
import type { CaseListItem, CasePage } from '../../api/types';
import { Link, navigate } from '../../app/router';
import { type Column, DataTable } from '../../components/DataTable';
import { Pager } from '../../components/Pager';
import { SlaBadge, TimeLeft } from '../../components/SlaBadge';
import { formatDateTime } from '../../format/dates';
import { useText } from '../../format/use-text';
import { serviceTitle, stepSummary } from '../../session/catalogue-lookups';
import { useSession } from '../../session/context';
import { PAGE_SIZE } from './use-case-list';

interface Props {
  readonly caption: string;
  readonly page: CasePage | null;
  readonly loading: boolean;
  readonly current: number;
  readonly onPage: (page: number) => void;
  readonly emptyText: string;
  /** Names of holders by id; the column shows only when given (the "late" view). */
  readonly holders?: ReadonlyMap<string, string>;
}

/** Cases sorted by deadline as the server sent them; a click anywhere on a row opens the case. */
export function CaseTable({ caption, page, loading, current, onPage, emptyText, holders }: Props) {
  const columns = useColumns(holders);

  return (
    <>
      <DataTable<CaseListItem>
        caption={caption}
        columns={columns}
        rows={page?.items ?? []}
        rowKey={(item) => item.id}
        onRowClick={(item) => navigate(`/cases/${item.id}`)}
        loading={loading}
        emptyText={emptyText}
        testId="case-table"
      />
      <Pager page={current} pageSize={PAGE_SIZE} total={page?.total ?? 0} onPage={onPage} />
    </>
  );
}

function useColumns(holders?: ReadonlyMap<string, string>): Column<CaseListItem>[] {
  const { t } = useTranslation();
  const text = useText();
  const { catalogue } = useSession();

  const columns: Column<CaseListItem>[] = [
    {
      key: 'number',
      title: t('columns.number'),
      className: 'nowrap',
      render: (item) => (
        <Link to={`/cases/${item.id}`} onClick={(e) => e.stopPropagation()}>
          {item.incomingNumber ?? <span className="wraps">{unnumbered(t, item.status)}</span>}
        </Link>
      ),
    },
    {
      key: 'applicant',
      title: t('columns.applicant'),
      className: 'col-applicant',
      // A name may run to hundreds of characters; the full one shows on hover.
      render: (item) => (
        <span className="ellipsis" title={item.applicantName}>
          {item.applicantName}
        </span>
      ),
    },
    {
      key: 'service',
      title: t('columns.service'),
      className: 'col-service',
      render: (item) => {
        const title = text(serviceTitle(catalogue, item.serviceCode));

        return (
          <span className="clamp-2" title={title}>
            {title}
          </span>
        );
      },
    },
    {
      key: 'step',
      title: t('columns.step'),
      render: (item) =>
        item.stepCode === null
          ? t('case.closed')
          : text(stepSummary(catalogue, item.serviceCode, item.stepCode)),
    },
    {
      key: 'due',
      title: t('columns.due'),
      className: 'nowrap',
      render: (item) => (item.dueAt === null ? t('common.none') : formatDateTime(item.dueAt)),
    },
    {
      key: 'left',
      title: t('columns.left'),
      className: 'col-left',
      render: (item) => (item.sla === null ? t('common.none') : <TimeLeft sla={item.sla} />),
    },
    {
      key: 'sla',
      title: t('columns.sla'),
      render: (item) => (item.sla === null ? null : <SlaBadge sla={item.sla} />),
    },
  ];

  if (holders === undefined) return columns;

  const holder: Column<CaseListItem> = {
    key: 'holder',
    title: t('columns.holder'),
    render: (item) =>
      item.holderId === null ? t('common.none') : (holders.get(item.holderId) ?? item.holderId),
  };

  return [...columns.slice(0, 4), holder, ...columns.slice(4)];
}
