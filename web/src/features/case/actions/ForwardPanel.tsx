import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Radio from 'antd/es/radio';
import { RadioGroup } from '../../../components/RadioGroup';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listStaff, runCommand } from '../../../api/endpoints';
import type { StaffMember } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useApiForm } from '../../../hooks/use-api-form';
import type { ActionProps } from '../ActionPanel';

/** Step 2: the head reviews and picks a responsible officer, seeing how many cases each holds. */
export function ForwardPanel({ data, onDone, onReload }: ActionProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ officerId: string }>();
  const { busy, error, setError, submit } = useApiForm(form);
  const [officers, setOfficers] = useState<readonly StaffMember[] | null>(null);

  useEffect(() => {
    listStaff('officer')
      .then(({ users }) => setOfficers(users))
      .catch(setError);
  }, [setError]);

  const forward = async ({ officerId }: { officerId: string }) => {
    const next = await submit(() =>
      runCommand(data.case.id, 'forward', data.case.revision, { officerId }),
    );

    if (next !== undefined) onDone(next);
  };

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void forward(v)}>
      <h3 id="forward-officer">{t('forward.title')}</h3>
      <Form.Item name="officerId" rules={[{ required: true, message: t('validation.officer') }]}>
        <RadioGroup className="stacked-options" labelledBy="forward-officer">
          {(officers ?? []).map((o) => (
            <Radio key={o.id} value={o.id} data-testid={`officer-${o.id}`}>
              {o.fullName}{' '}
              <span className="muted">— {t('forward.load', { count: o.openCases })}</span>
            </Radio>
          ))}
        </RadioGroup>
      </Form.Item>
      <ProblemAlert error={error} onReload={onReload} />
      <Button
        type="primary"
        htmlType="submit"
        loading={busy || officers === null}
        data-testid="forward"
      >
        {t('forward.submit')}
      </Button>
    </Form>
  );
}
