import Radio from 'antd/es/radio';
import { RadioGroup } from '../../components/RadioGroup';
import { useTranslation } from 'react-i18next';
import type { ServiceSummary } from '../../api/types';
import { useText } from '../../format/use-text';

interface Props {
  readonly services: readonly ServiceSummary[];
  readonly value?: string;
  readonly onChange?: (code: string) => void;
  readonly id?: string;
  readonly labelledBy: string;
}

/** The three services by their official titles; one not in force today cannot be chosen. */
export function ServiceChoice({ services, value, onChange, id, labelledBy }: Props) {
  const { t } = useTranslation();
  const text = useText();

  return (
    <RadioGroup
      id={id}
      labelledBy={labelledBy}
      value={value}
      onChange={(e) => onChange?.(e.target.value as string)}
      className="service-choice"
    >
      {services.map((s) => {
        const inForce = 'versionId' in s.inForce;

        return (
          <Radio key={s.code} value={s.code} disabled={!inForce} data-testid={`service-${s.code}`}>
            {text(s.title)}
            {!inForce && <span className="muted"> — {t('intake.notInForce')}</span>}
          </Radio>
        );
      })}
    </RadioGroup>
  );
}
