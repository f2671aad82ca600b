import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { RadioGroup } from '../../components/RadioGroup';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/context';
import {
  binRule,
  iinRule,
  optionalTextRule,
  requiredRule,
  textRules,
} from '../../validation/rules';

/** The recipient: a person with an IIN, or an organisation with a BIN. */
export function ApplicantFields() {
  const { t } = useTranslation();
  const kind = Form.useWatch(['applicant', 'kind']) as 'person' | 'organisation' | undefined;

  return (
    <fieldset className="form-section">
      <legend>
        <h2>{t('intake.applicant')}</h2>
      </legend>
      <Form.Item name={['applicant', 'kind']}>
        <RadioGroup
          aria-label={t('intake.applicant')}
          optionType="button"
          options={[
            { value: 'person', label: t('intake.person') },
            { value: 'organisation', label: t('intake.organisation') },
          ]}
        />
      </Form.Item>
      {kind === 'organisation' ? <OrganisationFields /> : <PersonFields />}
    </fieldset>
  );
}

function PersonFields() {
  const { t } = useTranslation();
  const { today } = useSession();

  return (
    <div className="form-grid">
      <Form.Item
        name={['applicant', 'iin']}
        label={t('intake.iin')}
        rules={[requiredRule(t), iinRule(t, today)]}
        validateFirst
      >
        <Input inputMode="numeric" maxLength={12} autoComplete="off" data-testid="applicant-iin" />
      </Form.Item>
      <Form.Item
        name={['applicant', 'surname']}
        label={t('intake.surname')}
        rules={textRules(t)}
        validateFirst
      >
        <Input maxLength={200} data-testid="applicant-surname" />
      </Form.Item>
      <Form.Item
        name={['applicant', 'givenName']}
        label={t('intake.givenName')}
        rules={textRules(t)}
        validateFirst
      >
        <Input maxLength={200} data-testid="applicant-given-name" />
      </Form.Item>
      <Form.Item
        name={['applicant', 'patronymic']}
        label={t('intake.patronymic')}
        rules={[optionalTextRule(t)]}
      >
        <Input maxLength={200} data-testid="applicant-patronymic" />
      </Form.Item>
    </div>
  );
}

function OrganisationFields() {
  const { t } = useTranslation();

  return (
    <div className="form-grid">
      <Form.Item
        name={['applicant', 'bin']}
        label={t('intake.bin')}
        rules={[requiredRule(t), binRule(t)]}
        validateFirst
      >
        <Input inputMode="numeric" maxLength={12} autoComplete="off" data-testid="applicant-bin" />
      </Form.Item>
      <Form.Item
        name={['applicant', 'name']}
        label={t('intake.orgName')}
        rules={textRules(t)}
        validateFirst
      >
        <Input maxLength={500} data-testid="applicant-name" />
      </Form.Item>
    </div>
  );
}
