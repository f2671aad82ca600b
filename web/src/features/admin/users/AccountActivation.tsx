import Button from 'antd/es/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeAccount } from '../../../api/admin-endpoints';
import type { User } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useUser } from '../../../session/context';

/**
 * A person who left keeps their name in every case's history but can no longer sign in. An
 * administrator cannot switch their own account off: the office would lock itself out.
 */
export function AccountActivation({
  account,
  onChanged,
}: {
  readonly account: User;
  readonly onChanged: (next: User) => void;
}) {
  const { t } = useTranslation();
  const me = useUser();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const self = account.id === me.id;

  const toggle = () => {
    setBusy(true);
    setError(null);
    changeAccount(account.id, { active: !account.active })
      .then(({ user }) => onChanged(user))
      .catch(setError)
      .finally(() => setBusy(false));
  };

  return (
    <div className="form-section account-activation">
      <ProblemAlert error={error} />
      <div className="form-actions">
        <Button
          danger={account.active}
          onClick={toggle}
          loading={busy}
          disabled={self}
          data-testid="toggle-active"
        >
          {t(account.active ? 'accounts.deactivate' : 'accounts.reactivate')}
        </Button>
        {self && <span className="muted">{t('accounts.selfNote')}</span>}
      </div>
    </div>
  );
}
