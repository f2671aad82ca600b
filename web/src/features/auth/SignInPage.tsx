import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useTranslation } from 'react-i18next';
import { signIn } from '../../api/endpoints';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useApiForm } from '../../hooks/use-api-form';
import { useSession } from '../../session/context';
import { requiredRule } from '../../validation/rules';

interface Credentials {
  login: string;
  password: string;
}

/** The only screen before sign-in; the language chosen here is kept on this computer. */
export default function SignInPage() {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const [form] = Form.useForm<Credentials>();
  const { busy, error, submit } = useApiForm(form);

  const send = async (values: Credentials) => {
    const session = await submit(() => signIn(values.login, values.password));

    if (session !== undefined) signedIn(session.user);
  };

  return (
    <div className="sign-in panel">
      <div className="sign-in-head">
        <div>
          <h1>{t('signIn.title')}</h1>
          <p className="muted">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch />
      </div>
      <Form form={form} layout="vertical" onFinish={(v) => void send(v)} requiredMark={false}>
        <Form.Item name="login" label={t('signIn.login')} rules={[requiredRule(t)]}>
          <Input autoComplete="username" autoFocus data-testid="login" />
        </Form.Item>
        <Form.Item name="password" label={t('signIn.password')} rules={[requiredRule(t)]}>
          <Input.Password autoComplete="current-password" data-testid="password" />
        </Form.Item>
        <ProblemAlert error={error} />
        <Button type="primary" htmlType="submit" loading={busy} block data-testid="sign-in">
          {t('signIn.submit')}
        </Button>
      </Form>
    </div>
  );
}
