import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { putOfficeHours } from '../../../api/admin-endpoints';
import type { OfficeHoursDefinition } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusNote } from '../../../components/StatusNote';
import { useApiForm } from '../../../hooks/use-api-form';
import { requiredRule } from '../../../validation/rules';
import { clockRule, endRule, offsetRule, startRule } from './hours-rules';

interface Values {
  zone: string;
  utcOffsetMinutes: string;
  segments: { start: string; end: string }[];
}

/** The server stores at most six periods a day. */
const MAX_SEGMENTS = 6;

/** The zone's name, its fixed UTC offset, and the day's working periods (a lunch break apart). */
export function OfficeHoursForm({
  provider,
  initial,
}: {
  readonly provider: string;
  readonly initial: OfficeHoursDefinition;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useApiForm(form);
  const [saved, setSaved] = useState(false);

  const save = async (values: Values) => {
    setSaved(false);

    const reply = await submit(() =>
      putOfficeHours(provider, {
        zone: values.zone.trim(),
        utcOffsetMinutes: Number(values.utcOffsetMinutes),
        segments: values.segments.map(({ start, end }) => ({ start, end })),
      }),
    );

    if (reply !== undefined) setSaved(true);
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      className="panel"
      initialValues={{ ...initial, utcOffsetMinutes: String(initial.utcOffsetMinutes) }}
      onFinish={(v) => void save(v)}
      onValuesChange={() => setSaved(false)}
      data-testid="office-hours-form"
    >
      <div className="form-grid">
        <Form.Item name="zone" label={t('officeHours.zone')} rules={[requiredRule(t)]}>
          <Input maxLength={100} data-testid="hours-zone" />
        </Form.Item>
        <Form.Item
          name="utcOffsetMinutes"
          label={t('officeHours.offset')}
          rules={[requiredRule(t), offsetRule(t)]}
          validateFirst
        >
          <Input inputMode="numeric" data-testid="hours-offset" />
        </Form.Item>
      </div>
      <Segments />
      <ProblemAlert error={error} />
      <div className="form-actions">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="save-hours">
          {t('officeHours.save')}
        </Button>
        <StatusNote text={saved ? t('officeHours.saved') : ''} testId="hours-saved" />
      </div>
    </Form>
  );
}

function Segments() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();

  return (
    <fieldset className="form-section">
      <legend>
        <h2>{t('officeHours.segments')}</h2>
      </legend>
      <Form.List name="segments">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <div key={field.key} className="segment-row" data-testid={`segment-${index}`}>
                <Form.Item
                  name={[field.name, 'start']}
                  label={t('officeHours.start')}
                  rules={[requiredRule(t), clockRule(t), startRule(t, form, index)]}
                  dependencies={index === 0 ? [] : [['segments', index - 1, 'end']]}
                  validateFirst
                >
                  <Input type="time" data-testid={`segment-${index}-start`} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'end']}
                  label={t('officeHours.end')}
                  rules={[requiredRule(t), clockRule(t), endRule(t, form, index)]}
                  dependencies={[['segments', index, 'start']]}
                  validateFirst
                >
                  <Input type="time" data-testid={`segment-${index}-end`} />
                </Form.Item>
                <Button onClick={() => remove(field.name)} disabled={fields.length === 1}>
                  {t('officeHours.removeSegment')}
                </Button>
              </div>
            ))}
            <Button
              onClick={() => add({ start: '', end: '' })}
              disabled={fields.length >= MAX_SEGMENTS}
              data-testid="add-segment"
            >
              {t('officeHours.addSegment')}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
