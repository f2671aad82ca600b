import Button from 'antd/es/button';
import Form from 'antd/es/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSession, versionInForce } from '../../session/context';
import { ApplicantFields } from './ApplicantFields';
import { AttorneyFields } from './AttorneyFields';
import { ChecklistSection } from './ChecklistSection';
import { EMPTY_INTAKE, type IntakeValues } from './intake-values';
import { RefusalFields } from './RefusalFields';
import { ServiceChoice } from './ServiceChoice';
import { useIntake } from './use-intake';

/**
 * Step 1 at the desk: the clerk registers who applies and ticks the papers presented, then
 * accepts (a receipt follows) or refuses in writing. Nothing is sent until the whole form is
 * valid, so a mistake never leaves a half-registered application behind.
 */
export default function IntakePage() {
  const { t } = useTranslation();
  const { catalogue } = useSession();
  const [form] = Form.useForm<IntakeValues>();
  const { busy, error, intent, finish, send } = useIntake(form);
  const [refusing, setRefusing] = useState(false);
  const serviceCode = Form.useWatch('serviceCode', form);
  const presented = Form.useWatch('documentsPresented', form) ?? [];
  const version = serviceCode === undefined ? undefined : versionInForce(catalogue, serviceCode);
  const notPresented = (version?.documents ?? []).filter(
    (d) => d.required && !presented.includes(d.code),
  );

  const onValuesChange = (changed: Partial<IntakeValues>) => {
    // A tick clears the checklist's verdict until the clerk accepts again.
    if ('documentsPresented' in changed) {
      form.setFields([{ name: 'documentsPresented', errors: [] }]);
    }
    if ('serviceCode' in changed) {
      form.setFieldsValue({ documentsPresented: [], missing: [] });
      setRefusing(false);
    }
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
        onValuesChange={onValuesChange}
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
        {refusing && notPresented.length > 0 && version !== undefined && (
          <section className="panel">
            <RefusalFields notPresented={notPresented} />
          </section>
        )}
        <ProblemAlert error={error} />
        <IntakeButtons
          busy={busy}
          refusing={refusing && notPresented.length > 0}
          canRefuse={version !== undefined && notPresented.length > 0}
          refuseHint={
            version !== undefined && notPresented.length === 0
              ? t('intake.nothingToRefuse')
              : undefined
          }
          onAccept={() => send('accept')}
          onStartRefusal={startRefusal}
          onRefuse={() => send('refuse')}
          onCancelRefusal={() => setRefusing(false)}
        />
      </Form>
    </>
  );
}

interface ButtonsProps {
  readonly busy: boolean;
  readonly refusing: boolean;
  readonly canRefuse: boolean;
  /** Why refusing is not possible, when it is not. */
  readonly refuseHint: string | undefined;
  readonly onAccept: () => void;
  readonly onStartRefusal: () => void;
  readonly onRefuse: () => void;
  readonly onCancelRefusal: () => void;
}

/** Accept, or open the refusal and then issue it. */
function IntakeButtons(props: ButtonsProps) {
  const { t } = useTranslation();

  return (
    <div className="form-actions">
      <Button type="primary" loading={props.busy} onClick={props.onAccept} data-testid="accept">
        {t('intake.accept')}
      </Button>
      {props.refusing ? (
        <>
          <Button
            danger
            type="primary"
            loading={props.busy}
            onClick={props.onRefuse}
            data-testid="refuse-submit"
          >
            {t('intake.refusalSubmit')}
          </Button>
          <Button onClick={props.onCancelRefusal}>{t('intake.cancel')}</Button>
        </>
      ) : (
        <Button
          danger
          onClick={props.onStartRefusal}
          disabled={!props.canRefuse}
          title={props.refuseHint}
          data-testid="refuse"
        >
          {t('intake.refuse')}
        </Button>
      )}
    </div>
  );
}
