import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { useSession } from '../../session/context';
import { attorneyDateRules } from '../../validation/rules';

interface Props {
  /** Where the power of attorney sits in the form's values. */
  readonly path: readonly string[];
  /** Prefix of the fields' test ids, so intake and hand-over stay apart in browser tests. */
  readonly testIdPrefix: string;
}

/** The number and date of a power of attorney, at intake and again at hand-over. */
export function PowerOfAttorneyFields({ path, testIdPrefix }: Props) {
  const { t } = useTranslation();
  const { today } = useSession();

  return (
    <>
      <TextField
        name={[...path, 'number']}
        label={t('intake.poaNumber')}
        maxLength={100}
        testId={`${testIdPrefix}-number`}
      />
      <Form.Item
        name={[...path, 'date']}
        label={t('intake.poaDate')}
        rules={attorneyDateRules(t, today)}
        validateFirst
      >
        <Input type="date" max={today} data-testid={`${testIdPrefix}-date`} />
      </Form.Item>
    </>
  );
}
