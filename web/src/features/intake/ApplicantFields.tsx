import Form from 'antd/es/form';
import Input from 'antd/es/input';
import type { ComponentType } from 'react';
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/context';
import {
  binRule,
  citizenshipRule,
  documentNumberRule,
  iinRule,
  optionalTextRule,
  requiredRule,
} from '../../validation/rules';
import type { IntakeValues } from './intake-values';

type Kind = IntakeValues['applicant']['kind'];

/**
 * The recipient: a person with an IIN, an organisation with a BIN, or a foreign citizen or
 * stateless person without an IIN, known by the identity document they present.
 */
export function ApplicantFields() {
  const { t } = useTranslation();
  const kind = Form.useWatch(['applicant', 'kind']) as Kind | undefined;
  const Fields = FIELDS[kind ?? 'person'];

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
            { value: 'foreign-person', label: t('intake.foreignPerson') },
          ]}
        />
      </Form.Item>
      <Fields />
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
      <NameFields />
    </div>
  );
}

/** Surname, given name and an optional patronymic: a person's, or a foreigner's. */
function NameFields() {
  const { t } = useTranslation();

  return (
    <>
      <TextField
        name={['applicant', 'surname']}
        label={t('intake.surname')}
        maxLength={200}
        testId="applicant-surname"
      />
      <TextField
        name={['applicant', 'givenName']}
        label={t('intake.givenName')}
        maxLength={200}
        testId="applicant-given-name"
      />
      <Form.Item
        name={['applicant', 'patronymic']}
        label={t('intake.patronymic')}
        rules={[optionalTextRule(t)]}
      >
        <Input maxLength={200} data-testid="applicant-patronymic" />
      </Form.Item>
    </>
  );
}

/** The document first, as the IIN comes first for a person; the names on a row of their own. */
function ForeignPersonFields() {
  const { t } = useTranslation();

  return (
    <>
      <div className="form-grid">
        <TextField
          name={['applicant', 'citizenship']}
          label={t('intake.citizenship')}
          extra={t('intake.citizenshipHint')}
          rules={[citizenshipRule(t)]}
          maxLength={100}
          testId="applicant-citizenship"
        />
        <Form.Item
          name={['applicant', 'documentNumber']}
          label={t('intake.documentNumber')}
          rules={[requiredRule(t), documentNumberRule(t)]}
          validateFirst
        >
          <Input maxLength={30} autoComplete="off" data-testid="applicant-document-number" />
        </Form.Item>
      </div>
      <div className="form-grid">
        <NameFields />
      </div>
    </>
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
      <TextField
        name={['applicant', 'name']}
        label={t('intake.orgName')}
        maxLength={500}
        testId="applicant-name"
      />
    </div>
  );
}

/** The fields each kind of applicant is identified by. */
const FIELDS: Readonly<Record<Kind, ComponentType>> = {
  person: PersonFields,
  organisation: OrganisationFields,
  'foreign-person': ForeignPersonFields,
};
