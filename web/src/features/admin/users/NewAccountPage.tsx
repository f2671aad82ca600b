import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useTranslation } from 'react-i18next';
import { createAccount } from '../../../api/admin-endpoints';
import type { Lang, UserRole } from '../../../api/types';
import { Link, navigate } from '../../../app/router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useApiForm } from '../../../hooks/use-api-form';
import { TextField } from '../../../components/TextField';
import { AdminTabs } from '../AdminTabs';
import { LanguageField, loginRules, PasswordFields, RoleField } from './account-fields';

interface Values {
  login: string;
  fullName: string;
  role: UserRole;
  language: Lang;
  password: string;
  passwordRepeat: string;
}

/** The server names no field for these two; they belong to the login and the password. */
const FIELDS_BY_CODE = { LOGIN_TAKEN: 'login', PASSWORD_WEAK: 'password' };

/** A new account of the administrator's office, with its first password. */
export default function NewAccountPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useApiForm(form, FIELDS_BY_CODE);

  const create = async (values: Values) => {
    const created = await submit(() =>
      createAccount({
        login: values.login.trim(),
        fullName: values.fullName.trim(),
        role: values.role,
        language: values.language,
        password: values.password,
      }),
    );

    if (created !== undefined) navigate(`/admin/users/${created.user.id}`);
  };

  return (
    <>
      <AdminTabs />
      <div className="page-head">
        <h1>{t('accounts.new')}</h1>
        <Link to="/admin/users">{t('accounts.back')}</Link>
      </div>
      <Form<Values>
        form={form}
        layout="vertical"
        className="panel"
        initialValues={{ role: 'clerk', language: 'kk' }}
        onFinish={(v) => void create(v)}
        data-testid="new-account-form"
      >
        <div className="form-grid">
          <Form.Item name="login" label={t('accounts.login')} rules={loginRules(t)} validateFirst>
            <Input autoComplete="off" maxLength={50} data-testid="account-login" />
          </Form.Item>
          <TextField
            name="fullName"
            label={t('accounts.fullName')}
            maxLength={300}
            testId="account-full-name"
          />
          <RoleField />
          <LanguageField />
        </div>
        <PasswordFields />
        <ProblemAlert error={error} />
        <Button type="primary" htmlType="submit" loading={busy} data-testid="create-account">
          {t('accounts.create')}
        </Button>
      </Form>
    </>
  );
}
