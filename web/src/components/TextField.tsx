import Form, { type Rule } from 'antd/es/form';
import Input from 'antd/es/input';
import { useTranslation } from 'react-i18next';
import { textRules } from '../validation/rules';

interface Props {
  /** A field of the form, or a path to one in nested values. */
  readonly name: string | (string | number)[];
  readonly label: string;
  readonly maxLength: number;
  readonly testId: string;
  readonly extra?: string;
  /** Checks of this field beyond plain text. */
  readonly rules?: readonly Rule[];
}

/**
 * A required line of plain text (a name, a number on a paper, a citizenship), checked as the
 * server checks it before anything is sent.
 */
export function TextField({ name, label, maxLength, testId, extra, rules = [] }: Props) {
  const { t } = useTranslation();

  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={[...textRules(t), ...rules]}
      validateFirst
    >
      <Input maxLength={maxLength} data-testid={testId} />
    </Form.Item>
  );
}
