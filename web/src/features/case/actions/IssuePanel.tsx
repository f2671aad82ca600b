import Button from 'antd/es/button';
import Form from 'antd/es/form';
import { RadioGroup } from '../../../components/RadioGroup';
import { useTranslation } from 'react-i18next';
import { runCommand } from '../../../api/endpoints';
import type { CaseView } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { applicantName } from '../../../../../src/domain/case/applicant-name';
import { useApiForm } from '../../../hooks/use-api-form';
import { TextField } from '../../../components/TextField';
import { PowerOfAttorneyFields } from '../../intake/PowerOfAttorneyFields';
import type { ActionProps } from '../ActionPanel';

interface IssueValues {
  to: 'recipient' | 'attorney';
  receivedBy: string;
  powerOfAttorney?: { number?: string; date?: string };
}

/** Step 5: the clerk hands the signed result over and records who took it, and on what power. */
export function IssuePanel({ data, onDone, onReload }: ActionProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<IssueValues>();
  const { busy, error, submit } = useApiForm(form);
  const to = Form.useWatch('to', form) ?? 'recipient';

  const issue = async (values: IssueValues) => {
    const poa = values.powerOfAttorney;
    const body = {
      to: values.to,
      receivedBy: values.receivedBy.trim(),
      powerOfAttorney:
        values.to === 'attorney'
          ? { number: (poa?.number ?? '').trim(), date: poa?.date ?? '' }
          : null,
    };
    const next = await submit(() => runCommand(data.case.id, 'issue', data.case.revision, body));

    if (next !== undefined) onDone(next);
  };

  return (
    <Form<IssueValues>
      form={form}
      layout="vertical"
      initialValues={initialValues(data.case)}
      onValuesChange={(changed: Partial<IssueValues>) => {
        if (changed.to !== undefined) form.setFieldsValue(handoverDefaults(data.case, changed.to));
      }}
      onFinish={(v) => void issue(v)}
    >
      <h3 id="issue-to">{t('issue.title')}</h3>
      <Form.Item name="to">
        <RadioGroup
          labelledBy="issue-to"
          options={[
            { value: 'recipient', label: t('issue.recipient') },
            { value: 'attorney', label: t('issue.attorney') },
          ]}
        />
      </Form.Item>
      <TextField
        name="receivedBy"
        label={t('issue.receivedBy')}
        maxLength={300}
        testId="received-by"
      />
      {to === 'attorney' && (
        <div className="form-grid">
          <PowerOfAttorneyFields path={['powerOfAttorney']} testIdPrefix="issue-poa" />
        </div>
      )}
      <ProblemAlert error={error} onReload={onReload} />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="issue">
        {t('issue.submit')}
      </Button>
    </Form>
  );
}

/** An application filed by a representative is usually collected by the same representative. */
function initialValues(view: CaseView): IssueValues {
  const to = view.representative === null ? 'recipient' : 'attorney';

  return { to, ...handoverDefaults(view, to) };
}

function handoverDefaults(view: CaseView, to: IssueValues['to']): Omit<IssueValues, 'to'> {
  const rep = view.representative;

  if (to === 'attorney' && rep !== null) {
    return { receivedBy: rep.fullName, powerOfAttorney: { ...rep.powerOfAttorney } };
  }

  return { receivedBy: to === 'recipient' ? applicantName(view.applicant) : '' };
}
