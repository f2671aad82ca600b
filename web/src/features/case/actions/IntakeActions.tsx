import Button from 'antd/es/button';
import Form from 'antd/es/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { runCommand } from '../../../api/endpoints';
import { navigate } from '../../../app/router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useApiForm } from '../../../hooks/use-api-form';
import { DocumentChecklist } from '../../intake/DocumentChecklist';
import { RefusalFields } from '../../intake/RefusalFields';
import type { ActionProps } from '../ActionPanel';

interface Values {
  presented: string[];
  missing?: string[];
  reason?: string;
}

/**
 * Step 1 for an application registered earlier: correct the checklist, then accept it or
 * refuse it in writing. Acceptance needs every required document; the button says so first.
 */
export function IntakeActions({ data, version, onDone, onReload }: ActionProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useApiForm(form);
  const [refusing, setRefusing] = useState(false);
  const presented = Form.useWatch('presented', form) ?? [...data.case.documentsPresented];
  const notPresented = version.documents.filter((d) => d.required && !presented.includes(d.code));
  const { id, revision } = data.case;

  const saveChecklist = async () => {
    if (sameSet(presented, data.case.documentsPresented)) return data;

    const next = await submit(() => runCommand(id, 'check-documents', revision, { presented }));

    if (next !== undefined) onDone(next);

    return next;
  };

  const accept = async () => {
    const checked = await saveChecklist();

    if (checked === undefined) return;

    const next = await submit(() => runCommand(id, 'accept', checked.case.revision, {}));

    if (next !== undefined) navigate(`/cases/${id}/receipt`);
  };

  const refuse = async (values: Values) => {
    const checked = await saveChecklist();

    if (checked === undefined) return;

    const body = { missing: values.missing ?? [], reason: (values.reason ?? '').trim() };
    const next = await submit(() => runCommand(id, 'refuse-intake', checked.case.revision, body));

    if (next !== undefined) navigate(`/cases/${id}/refusal`);
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ presented: [...data.case.documentsPresented] }}
      onFinish={(v) => void refuse(v)}
    >
      <h3>{t('intake.documents')}</h3>
      <Form.Item name="presented">
        <DocumentChecklist documents={version.documents} />
      </Form.Item>
      {refusing && notPresented.length > 0 && <RefusalFields notPresented={notPresented} />}
      <ProblemAlert error={error} onReload={onReload} />
      <div className="form-actions">
        <Button onClick={() => void saveChecklist()} loading={busy}>
          {t('intake.saveChecklist')}
        </Button>
        <Button
          type="primary"
          onClick={() => void accept()}
          loading={busy}
          disabled={notPresented.length > 0}
          title={notPresented.length > 0 ? t('intake.incomplete') : undefined}
          data-testid="accept"
        >
          {t('intake.accept')}
        </Button>
        {refusing && notPresented.length > 0 ? (
          <Button
            danger
            type="primary"
            htmlType="submit"
            loading={busy}
            data-testid="refuse-submit"
          >
            {t('intake.refusalSubmit')}
          </Button>
        ) : (
          <Button
            danger
            disabled={notPresented.length === 0}
            title={notPresented.length === 0 ? t('intake.nothingToRefuse') : undefined}
            onClick={() => {
              form.setFieldValue(
                'missing',
                notPresented.map((d) => d.code),
              );
              setRefusing(true);
            }}
            data-testid="refuse"
          >
            {t('intake.refuse')}
          </Button>
        )}
      </div>
    </Form>
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code) => b.includes(code));
}
