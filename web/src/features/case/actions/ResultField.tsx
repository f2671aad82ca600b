import Form from 'antd/es/form';
import type { Rule } from 'antd/es/form';
import Input from 'antd/es/input';
import { type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultDefinition, ResultField as Field, ServiceVersion } from '../../../api/types';
import { useText } from '../../../format/use-text';
import { useSession } from '../../../session/context';
import { draftFieldProblem } from '../../../validation/draft-field';
import { checkRule, notBeforeRule } from '../../../validation/rules';

export type DraftIntent = 'save' | 'submit';

interface Props {
  readonly field: Field;
  readonly result: ResultDefinition;
  readonly version: ServiceVersion;
  readonly intent: RefObject<DraftIntent>;
}

/**
 * One field of a result, built from the regulation's definition: its label in the user's
 * language, an input fit for its type, and the server's checks (required only on submission,
 * since a saved draft may be incomplete; formats, ranges and date order always).
 */
export function ResultField(props: Props) {
  const { field, result } = props;
  const text = useText();
  const form = Form.useFormInstance();
  const rules = useRules(props, (code) => form.getFieldValue(['fields', code]) as string);
  const earlier = result.dateOrder.find(([, second]) => second === field.code)?.[0];

  return (
    <Form.Item
      name={['fields', field.code]}
      label={text(field.label)}
      rules={rules}
      dependencies={earlier === undefined ? [] : [['fields', earlier]]}
      validateFirst
      required={field.required}
      normalize={field.type === 'number' ? decimalPoint : undefined}
    >
      {input(field)}
    </Form.Item>
  );
}

/** Kazakh and Russian write 42,5 where the record keeps 42.5; the comma becomes a point. */
function decimalPoint(value: string | undefined): string | undefined {
  return value?.replace(',', '.');
}

function input(field: Field) {
  const testId = `field-${field.code}`;

  switch (field.type) {
    case 'date':
      return <Input type="date" data-testid={testId} />;
    case 'number':
      return <Input inputMode="decimal" data-testid={testId} />;
    case 'iin':
      return <Input inputMode="numeric" maxLength={12} data-testid={testId} />;
    default:
      return (
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 10 }}
          maxLength={5000}
          data-testid={testId}
        />
      );
  }
}

function useRules(
  { field, result, version, intent }: Props,
  valueOf: (code: string) => string | undefined,
): Rule[] {
  const { t } = useTranslation();
  const text = useText();
  const { today } = useSession();
  const rules: Rule[] = [];

  if (field.required) {
    rules.push({
      validator: (_r, value: string | undefined) =>
        intent.current === 'submit' && (value ?? '').trim() === ''
          ? Promise.reject(new Error(t('validation.required')))
          : Promise.resolve(),
    });
  }

  rules.push(checkRule(t, (value) => draftFieldProblem(version, result, field, value, today)));

  const pair = result.dateOrder.find(([, second]) => second === field.code);
  const earlier = pair === undefined ? undefined : result.fields.find((f) => f.code === pair[0]);

  if (earlier !== undefined) {
    rules.push(notBeforeRule(t, () => valueOf(earlier.code), text(earlier.label)));
  }

  return rules;
}
