import Checkbox from 'antd/es/checkbox';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/context';
import { TextField } from '../../components/TextField';
import { iinRule, otherIinRule, requiredRule } from '../../validation/rules';
import { PowerOfAttorneyFields } from './PowerOfAttorneyFields';

/**
 * A representative acting under a power of attorney: someone other than the applicant, with a
 * power of attorney neither dated in the future nor older than the three years it can last.
 */
export function AttorneyFields() {
  const { t } = useTranslation();
  const { today } = useSession();
  const form = Form.useFormInstance();
  const via = Form.useWatch('viaAttorney') as boolean | undefined;
  // The form keeps an IIN typed before the clerk chose another kind; only a person's counts.
  const applicantIin = () =>
    form.getFieldValue(['applicant', 'kind']) === 'person'
      ? (form.getFieldValue(['applicant', 'iin']) as string | undefined)
      : undefined;

  return (
    <fieldset className="form-section">
      <legend>
        <h2>{t('intake.attorney')}</h2>
      </legend>
      <Form.Item name="viaAttorney" valuePropName="checked">
        <Checkbox data-testid="via-attorney">{t('intake.viaAttorney')}</Checkbox>
      </Form.Item>
      {via === true && (
        <div className="form-grid">
          <TextField
            name={['representative', 'fullName']}
            label={t('intake.attorneyName')}
            maxLength={300}
            testId="attorney-name"
          />
          <Form.Item
            name={['representative', 'iin']}
            label={t('intake.attorneyIin')}
            rules={[requiredRule(t), iinRule(t, today), otherIinRule(t, applicantIin)]}
            dependencies={[
              ['applicant', 'kind'],
              ['applicant', 'iin'],
            ]}
            validateFirst
          >
            <Input
              inputMode="numeric"
              maxLength={12}
              autoComplete="off"
              data-testid="attorney-iin"
            />
          </Form.Item>
          <PowerOfAttorneyFields path={['representative', 'powerOfAttorney']} testIdPrefix="poa" />
        </div>
      )}
    </fieldset>
  );
}
