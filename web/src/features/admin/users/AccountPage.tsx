import { useTranslation } from 'react-i18next';
import { listAccounts } from '../../../api/admin-endpoints';
import type { User } from '../../../api/types';
import { Link } from '../../../app/router';
import { PageLoading } from '../../../components/Boot';
import { NotFound } from '../../../components/NotFound';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useLoaded } from '../../../hooks/use-loaded';
import { AdminTabs } from '../AdminTabs';
import { AccountActivation } from './AccountActivation';
import { AccountDetailsForm } from './AccountDetailsForm';
import { ActiveTag } from './AccountsPage';
import { PasswordForm } from './PasswordForm';

/**
 * One account: its name, role and language, whether it may sign in, and a new password. The
 * API lists accounts but serves none alone, so the list is read and the account found in it.
 */
export default function AccountPage({ params }: { readonly params: Record<string, string> }) {
  const id = params.id ?? '';
  const loaded = useLoaded(async () => findAccount(await listAccounts(), id), `account:${id}`);

  if (loaded.data === null) {
    return loaded.loading ? (
      <PageLoading />
    ) : (
      <ProblemAlert error={loaded.error} onReload={loaded.reload} />
    );
  }

  return loaded.data === undefined ? (
    <NotFound />
  ) : (
    <Account account={loaded.data} onChanged={loaded.replace} />
  );
}

function findAccount({ users }: { users: User[] }, id: string): User | undefined {
  return users.find((u) => u.id === id);
}

function Account({
  account,
  onChanged,
}: {
  readonly account: User;
  readonly onChanged: (next: User) => void;
}) {
  const { t } = useTranslation();

  return (
    <>
      <AdminTabs />
      <div className="page-head">
        <h1 data-testid="account-title">{account.fullName}</h1>
        <Link to="/admin/users">{t('accounts.back')}</Link>
      </div>
      <section className="panel" aria-labelledby="account-facts">
        <h2 id="account-facts">{t('accounts.facts')}</h2>
        <dl className="facts">
          <dt>{t('accounts.login')}</dt>
          <dd data-testid="account-login-value">{account.login}</dd>
          <dt>{t('accounts.state')}</dt>
          <dd>
            <ActiveTag active={account.active} />
          </dd>
        </dl>
        <AccountActivation account={account} onChanged={onChanged} />
      </section>
      <AccountDetailsForm account={account} onChanged={onChanged} />
      <PasswordForm account={account} />
    </>
  );
}
