import Form from 'antd/es/form';
import type { Rule } from 'antd/es/form';
import Input from 'antd/es/input';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../../../src/application/users/password-policy';
import { LANGS, type UserRole } from '../../../api/types';
import { NativeSelect } from '../../../components/NativeSelect';
import { requiredRule } from '../../../validation/rules';

export const ROLES: readonly UserRole[] = ['clerk', 'head', 'officer', 'admin', 'auditor'];

/** The login pattern of the server's schema (src/interfaces/http/routes/users.ts). */
const LOGIN = /^[A-Za-z0-9._-]{3,50}$/;

export function loginRules(t: TFunction): Rule[] {
  return [requiredRule(t), { pattern: LOGIN, message: t('validation.login') }];
}

/** Counted in characters, as the server counts them, not in UTF-16 units. */
export function passwordRules(t: TFunction): Rule[] {
  const longEnough = (_rule: unknown, value: string | undefined) =>
    [...(value ?? '')].length >= PASSWORD_MIN_LENGTH
      ? Promise.resolve()
      : Promise.reject(new Error(t('validation.password', { min: PASSWORD_MIN_LENGTH })));

  return [requiredRule(t), { validator: longEnough }];
}

export function RoleField({ disabled = false }: { readonly disabled?: boolean }) {
  const { t } = useTranslation();

  return (
    <Form.Item name="role" label={t('accounts.role')} rules={[requiredRule(t)]}>
      <NativeSelect
        options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        disabled={disabled}
        testId="account-role"
      />
    </Form.Item>
  );
}

export function LanguageField() {
  const { t } = useTranslation();

  return (
    <Form.Item name="language" label={t('accounts.language')} rules={[requiredRule(t)]}>
      <NativeSelect
        options={LANGS.map((lang) => ({ value: lang, label: t(`lang.${lang}`) }))}
        testId="account-language"
      />
    </Form.Item>
  );
}

/** A new password typed twice, so that a slip of the finger does not lock the person out. */
export function PasswordFields() {
  const { t } = useTranslation();

  const sameAsFirst = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: (_rule: unknown, value: string | undefined) =>
      value === undefined || value === '' || value === getFieldValue('password')
        ? Promise.resolve()
        : Promise.reject(new Error(t('validation.passwordRepeat'))),
  });

  return (
    <div className="form-grid">
      <Form.Item name="password" label={t('accounts.password')} rules={passwordRules(t)}>
        <Input.Password autoComplete="new-password" data-testid="account-password" />
      </Form.Item>
      <Form.Item
        name="passwordRepeat"
        label={t('accounts.passwordRepeat')}
        dependencies={['password']}
        rules={[requiredRule(t), sameAsFirst]}
      >
        <Input.Password autoComplete="new-password" data-testid="account-password-repeat" />
      </Form.Item>
    </div>
  );
}
