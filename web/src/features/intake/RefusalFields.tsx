import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useTranslation } from 'react-i18next';
import type { RequiredDocument } from '../../api/types';
import { CheckboxList } from '../../components/CheckboxList';
import { useText } from '../../format/use-text';
import { textRules } from '../../validation/rules';

/**
 * What a written refusal to accept must say (§5 item 1, second paragraph): which required
 * documents are missing, and why the documents cannot be accepted.
 */
export function RefusalFields({
  notPresented,
}: {
  readonly notPresented: readonly RequiredDocument[];
}) {
  const { t } = useTranslation();
  const text = useText();

  // A validator, not `required`: Ant Design would put aria-required on the group, which ARIA
  // does not allow there.
  const atLeastOne = (_rule: unknown, value: string[] | undefined) =>
    (value ?? []).length > 0
      ? Promise.resolve()
      : Promise.reject(new Error(t('validation.missing')));

  return (
    <fieldset className="form-section">
      <legend>
        <h3>{t('intake.refusalTitle')}</h3>
      </legend>
      <Form.Item
        name="missing"
        label={t('intake.refusalMissing')}
        rules={[{ validator: atLeastOne }]}
      >
        <CheckboxList
          options={notPresented.map((d) => ({ value: d.code, label: text(d.title) }))}
          className="stacked-options"
        />
      </Form.Item>
      <Form.Item name="reason" label={t('intake.refusalReason')} rules={textRules(t)} validateFirst>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={5000} data-testid="refusal-reason" />
      </Form.Item>
    </fieldset>
  );
}
