import Button from 'antd/es/button';
import Form from 'antd/es/form';
import { type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerCase, runCommand } from '../../api/endpoints';
import type { ServiceVersion } from '../../api/types';
import { navigate } from '../../app/router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useApiForm } from '../../hooks/use-api-form';
import { useSession, versionInForce } from '../../session/context';
import { ApplicantFields } from './ApplicantFields';
import { AttorneyFields } from './AttorneyFields';
import { DocumentChecklist } from './DocumentChecklist';
import { EMPTY_INTAKE, type IntakeValues, registrationOf } from './intake-values';
import { RefusalFields } from './RefusalFields';
import { ServiceChoice } from './ServiceChoice';

type Intent = 'accept' | 'refuse';

/**
 * Step 1 at the desk: the clerk registers who applies and ticks the papers presented, then
 * accepts (a receipt follows) or refuses in writing. Nothing is sent until the whole form is
 * valid, so a mistake never leaves a half-registered application behind.
 */
export default function IntakePage() {
  const { t } = useTranslation();
  const { catalogue } = useSession();
  const [form] = Form.useForm<IntakeValues>();
  const { busy, error, submit } = useApiForm(form);
  const [refusing, setRefusing] = useState(false);
  const intent = useRef<Intent>('accept');
  const serviceCode = Form.useWatch('serviceCode', form);
  const presented = Form.useWatch('documentsPresented', form) ?? [];
  const version = serviceCode === undefined ? undefined : versionInForce(catalogue, serviceCode);
  const notPresented = (version?.documents ?? []).filter(
    (d) => d.required && !presented.includes(d.code),
  );

  const finish = async (values: IntakeValues) => {
    const done = await submit(async () => {
      const { case: registered } = await registerCase(registrationOf(values));

      return intent.current === 'accept'
        ? runCommand(registered.id, 'accept', registered.revision, {})
        : runCommand(registered.id, 'refuse-intake', registered.revision, {
            missing: values.missing ?? [],
            reason: (values.reason ?? '').trim(),
          });
    });

    if (done === undefined) return;

    navigate(`/cases/${done.case.id}/${intent.current === 'accept' ? 'receipt' : 'refusal'}`);
  };

  const send = (next: Intent) => {
    intent.current = next;
    form.submit();
  };

  const startRefusal = () => {
    form.setFieldValue(
      'missing',
      notPresented.map((d) => d.code),
    );
    setRefusing(true);
  };

  return (
    <>
      <div className="page-head">
        <h1>{t('intake.title')}</h1>
      </div>
      <Form<IntakeValues>
        form={form}
        layout="vertical"
        initialValues={EMPTY_INTAKE}
        onFinish={(values) => void finish(values)}
        onValuesChange={(changed: Partial<IntakeValues>) => {
          // The checklist is judged when the clerk accepts, not at every tick; a tick clears
          // the verdict until then.
          if ('documentsPresented' in changed)
            form.setFields([{ name: 'documentsPresented', errors: [] }]);
          if ('serviceCode' in changed) {
            form.setFieldsValue({ documentsPresented: [], missing: [] });
            setRefusing(false);
          }
        }}
        scrollToFirstError
        data-testid="intake-form"
      >
        <section className="panel" aria-labelledby="intake-service">
          <h2 id="intake-service">{t('intake.service')}</h2>
          <Form.Item
            name="serviceCode"
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <ServiceChoice services={catalogue.services} labelledBy="intake-service" />
          </Form.Item>
        </section>
        <section className="panel">
          <ApplicantFields />
          <AttorneyFields />
        </section>
        {version !== undefined && <ChecklistSection version={version} intent={intent} />}
        {refusing && version !== undefined && (
          <section className="panel">
            <RefusalFields notPresented={notPresented} />
          </section>
        )}
        <ProblemAlert error={error} />
        <div className="form-actions">
          <Button type="primary" loading={busy} onClick={() => send('accept')} data-testid="accept">
            {t('intake.accept')}
          </Button>
          {!refusing && (
            <Button
              danger
              onClick={startRefusal}
              disabled={version === undefined}
              data-testid="refuse"
            >
              {t('intake.refuse')}
            </Button>
          )}
          {refusing && (
            <>
              <Button
                danger
                type="primary"
                loading={busy}
                onClick={() => send('refuse')}
                data-testid="refuse-submit"
              >
                {t('intake.refusalSubmit')}
              </Button>
              <Button onClick={() => setRefusing(false)}>{t('intake.cancel')}</Button>
            </>
          )}
        </div>
      </Form>
    </>
  );
}

function ChecklistSection({
  version,
  intent,
}: {
  readonly version: ServiceVersion;
  readonly intent: RefObject<Intent>;
}) {
  const { t } = useTranslation();

  const complete = (_rule: unknown, value: string[] | undefined) => {
    const missing = version.documents.some((d) => d.required && !(value ?? []).includes(d.code));

    return intent.current === 'accept' && missing
      ? Promise.reject(new Error(t('intake.incomplete')))
      : Promise.resolve();
  };

  return (
    <section className="panel" aria-labelledby="intake-documents">
      <h2 id="intake-documents">{t('intake.documents')}</h2>
      <p className="muted">{t('intake.documentsHint')}</p>
      <Form.Item name="documentsPresented" rules={[{ validator: complete }]} validateTrigger={[]}>
        <DocumentChecklist documents={version.documents} />
      </Form.Item>
    </section>
  );
}
