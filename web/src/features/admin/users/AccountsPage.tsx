import Button from 'antd/es/button';
import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import { listAccounts } from '../../../api/admin-endpoints';
import type { User } from '../../../api/types';
import { Link, navigate } from '../../../app/router';
import { type Column, DataTable } from '../../../components/DataTable';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useLoaded } from '../../../hooks/use-loaded';
import { AdminTabs } from '../AdminTabs';

/** The office's accounts, active and not; a click opens one to change it. */
export default function AccountsPage() {
  const { t } = useTranslation();
  const accounts = useLoaded(listAccounts, 'accounts');
  const columns = useColumns();

  return (
    <>
      <AdminTabs />
      <div className="page-head">
        <div>
          <h1>{t('accounts.title')}</h1>
          <p>{t('accounts.hint')}</p>
        </div>
        <Button
          type="primary"
          onClick={() => navigate('/admin/users/new')}
          data-testid="new-account"
        >
          {t('accounts.new')}
        </Button>
      </div>
      <section className="panel">
        <ProblemAlert error={accounts.error} onReload={accounts.reload} />
        <DataTable<User>
          caption={t('accounts.title')}
          columns={columns}
          rows={accounts.data?.users ?? []}
          rowKey={(user) => user.id}
          onRowClick={(user) => navigate(`/admin/users/${user.id}`)}
          loading={accounts.loading}
          emptyText={t('accounts.empty')}
          testId="accounts-table"
        />
      </section>
    </>
  );
}

function useColumns(): Column<User>[] {
  const { t } = useTranslation();

  return [
    {
      key: 'name',
      title: t('accounts.fullName'),
      render: (user) => (
        <Link to={`/admin/users/${user.id}`} onClick={(e) => e.stopPropagation()}>
          {user.fullName}
        </Link>
      ),
    },
    { key: 'login', title: t('accounts.login'), render: (user) => user.login },
    { key: 'role', title: t('accounts.role'), render: (user) => t(`roles.${user.role}`) },
    {
      key: 'language',
      title: t('accounts.language'),
      render: (user) => t(`lang.${user.language}`),
    },
    {
      key: 'state',
      title: t('accounts.state'),
      render: (user) => <ActiveTag active={user.active} />,
    },
  ];
}

export function ActiveTag({ active }: { readonly active: boolean }) {
  const { t } = useTranslation();

  return (
    <Tag className={active ? 'sla-badge sla-on-time' : 'sla-badge'} data-active={String(active)}>
      {t(active ? 'accounts.active' : 'accounts.inactive')}
    </Tag>
  );
}
