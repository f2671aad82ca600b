import { useTranslation } from 'react-i18next';
import { listAuditLog } from '../../../api/admin-endpoints';
import type { AuditEntry } from '../../../api/types';
import { type Column, DataTable } from '../../../components/DataTable';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatInstant } from '../../../format/dates';
import { useLoaded } from '../../../hooks/use-loaded';
import { useSession } from '../../../session/context';
import { useStaffNames } from '../../inbox/use-staff-names';
import { AdminTabs } from '../AdminTabs';
import { actionKey, subjectText } from './audit-actions';

/**
 * Every administrative change, the latest first as the server keeps them: accounts, calendar
 * entries, office hours and regulation versions, with who made each and what it was before.
 */
export default function AuditLogPage() {
  const { t } = useTranslation();
  const log = useLoaded(listAuditLog, 'audit-log');
  const columns = useColumns();

  return (
    <>
      <AdminTabs />
      <div className="page-head">
        <div>
          <h1>{t('audit.title')}</h1>
          <p>{t('audit.hint')}</p>
        </div>
      </div>
      <section className="panel">
        <ProblemAlert error={log.error} onReload={log.reload} />
        <DataTable<AuditEntry>
          caption={t('audit.title')}
          columns={columns}
          rows={log.data?.records ?? []}
          rowKey={(record) => record.id}
          loading={log.loading}
          emptyText={t('audit.empty')}
          testId="audit-table"
        />
      </section>
    </>
  );
}

function useColumns(): Column<AuditEntry>[] {
  const { t } = useTranslation();
  const { clock } = useSession();
  const names = useStaffNames();
  const person = (id: string) => names.get(id) ?? id;

  return [
    {
      key: 'at',
      title: t('audit.at'),
      className: 'nowrap',
      render: (r) => formatInstant(Number(r.at), clock),
    },
    { key: 'actor', title: t('audit.actor'), render: (r) => person(r.actorId) },
    {
      key: 'action',
      title: t('audit.action'),
      render: (r) => {
        const key = actionKey(r.action);

        return (
          <span data-action={r.action}>{key === null ? r.action : t(`audit.actions.${key}`)}</span>
        );
      },
    },
    {
      key: 'subject',
      title: t('audit.subject'),
      render: (r) => subjectText(r, person),
    },
    { key: 'change', title: t('audit.change'), render: (r) => <Change record={r} /> },
  ];
}

/** Before and after as the server stored them; opened on demand, they are long. */
function Change({ record }: { readonly record: AuditEntry }) {
  const { t } = useTranslation();

  return (
    <details className="audit-change">
      <summary>{t('audit.show')}</summary>
      <dl>
        <dt>{t('audit.before')}</dt>
        <dd>
          <pre>{JSON.stringify(record.before, null, 2)}</pre>
        </dd>
        <dt>{t('audit.after')}</dt>
        <dd>
          <pre>{JSON.stringify(record.after, null, 2)}</pre>
        </dd>
      </dl>
    </details>
  );
}
