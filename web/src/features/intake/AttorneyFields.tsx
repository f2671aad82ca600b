import Checkbox from 'antd/es/checkbox';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/context';
import { dateRule, iinRule, notAfterRule, requiredRule } from '../../validation/rules';

/** A representative acting under a power of attorney, whose date may not be in the future. */
export function AttorneyFields() {
  const { t } = useTranslation();
  const { today } = useSession();
  const via = Form.useWatch('viaAttorney') as boolean | undefined;

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
          <Form.Item
            name={['representative', 'fullName']}
            label={t('intake.attorneyName')}
            rules={[requiredRule(t)]}
          >
            <Input maxLength={300} data-testid="attorney-name" />
          </Form.Item>
          <Form.Item
            name={['representative', 'iin']}
            label={t('intake.attorneyIin')}
            rules={[requiredRule(t), iinRule(t)]}
            validateFirst
          >
            <Input
              inputMode="numeric"
              maxLength={12}
              autoComplete="off"
              data-testid="attorney-iin"
            />
          </Form.Item>
          <Form.Item
            name={['representative', 'powerOfAttorney', 'number']}
            label={t('intake.poaNumber')}
            rules={[requiredRule(t)]}
          >
            <Input maxLength={100} data-testid="poa-number" />
          </Form.Item>
          <Form.Item
            name={['representative', 'powerOfAttorney', 'date']}
            label={t('intake.poaDate')}
            rules={[requiredRule(t), dateRule(t), notAfterRule(t, today)]}
            validateFirst
          >
            <Input type="date" max={today} data-testid="poa-date" />
          </Form.Item>
        </div>
      )}
    </fieldset>
  );
}
