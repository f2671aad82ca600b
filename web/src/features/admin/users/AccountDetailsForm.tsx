import Button from 'antd/es/button';
import Form from 'antd/es/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AccountChange, changeAccount } from '../../../api/admin-endpoints';
import type { Lang, User, UserRole } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusNote } from '../../../components/StatusNote';
import { useApiForm } from '../../../hooks/use-api-form';
import { useUser } from '../../../session/context';
import { TextField } from '../../../components/TextField';
import { LanguageField, RoleField } from './account-fields';

interface Values {
  fullName: string;
  role: UserRole;
  language: Lang;
}

/** Name, role and language; only what changed is sent, so the audit record says just that. */
export function AccountDetailsForm({
  account,
  onChanged,
}: {
  readonly account: User;
  readonly onChanged: (next: User) => void;
}) {
  const { t } = useTranslation();
  const me = useUser();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useApiForm(form);
  const [saved, setSaved] = useState(false);

  const save = async (values: Values) => {
    const changes = changesOf(account, values);

    setSaved(false);
    if (Object.keys(changes).length === 0) return;

    const reply = await submit(() => changeAccount(account.id, changes));

    if (reply === undefined) return;

    onChanged(reply.user);
    setSaved(true);
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      className="panel"
      initialValues={{ fullName: account.fullName, role: account.role, language: account.language }}
      onFinish={(v) => void save(v)}
      aria-labelledby="account-details"
      data-testid="account-details"
    >
      <h2 id="account-details">{t('accounts.details')}</h2>
      <div className="form-grid">
        <TextField
          name="fullName"
          label={t('accounts.fullName')}
          maxLength={300}
          testId="account-full-name"
        />
        {/* The server refuses to demote the administrator who asks: the office needs one. */}
        <RoleField disabled={account.id === me.id} />
        <LanguageField />
      </div>
      <ProblemAlert error={error} />
      <div className="form-actions">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="save-account">
          {t('accounts.save')}
        </Button>
        <StatusNote text={saved ? t('accounts.saved') : ''} testId="account-saved" />
      </div>
    </Form>
  );
}

function changesOf(account: User, values: Values): AccountChange {
  const fullName = values.fullName.trim();

  return {
    ...(fullName === account.fullName ? {} : { fullName }),
    ...(values.role === account.role ? {} : { role: values.role }),
    ...(values.language === account.language ? {} : { language: values.language }),
  };
}
