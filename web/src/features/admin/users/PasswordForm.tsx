import Button from 'antd/es/button';
import Form from 'antd/es/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeAccount } from '../../../api/admin-endpoints';
import type { User } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusNote } from '../../../components/StatusNote';
import { useApiForm } from '../../../hooks/use-api-form';
import { PasswordFields } from './account-fields';

interface Values {
  password: string;
  passwordRepeat: string;
}

/** A new password for someone who forgot theirs; the old one stops working at once. */
export function PasswordForm({ account }: { readonly account: User }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useApiForm(form, { PASSWORD_WEAK: 'password' });
  const [saved, setSaved] = useState(false);

  const save = async ({ password }: Values) => {
    setSaved(false);

    const reply = await submit(() => changeAccount(account.id, { password }));

    if (reply === undefined) return;

    form.resetFields();
    setSaved(true);
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      className="panel"
      onFinish={(v) => void save(v)}
      aria-labelledby="account-password"
      data-testid="password-form"
    >
      <h2 id="account-password">{t('accounts.setPassword')}</h2>
      <PasswordFields />
      <ProblemAlert error={error} />
      <div className="form-actions">
        <Button htmlType="submit" loading={busy} data-testid="set-password">
          {t('accounts.setPassword')}
        </Button>
        <StatusNote text={saved ? t('accounts.passwordSet') : ''} testId="password-saved" />
      </div>
    </Form>
  );
}
