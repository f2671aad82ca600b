import Checkbox from 'antd/es/checkbox';
import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import type { RequiredDocument } from '../../api/types';
import { toggled } from '../../components/CheckboxList';
import { SourceTag } from '../../components/SourceTag';
import { useText } from '../../format/use-text';

interface Props {
  readonly documents: readonly RequiredDocument[];
  readonly value?: string[];
  readonly onChange?: (value: string[]) => void;
  readonly id?: string;
}

/**
 * The Standard's §9 list as the clerk ticks it against the papers on the desk. Each item says
 * whether it is required and whether the list item is confirmed by the act or assumed.
 */
export function DocumentChecklist({ documents, value = [], onChange, id }: Props) {
  const text = useText();
  const { t } = useTranslation();
  const missing = documents.filter((d) => d.required && !value.includes(d.code)).length;
  const order = documents.map((d) => d.code);

  // Plain checkboxes over the form's value, not Checkbox.Group: see CheckboxList.
  return (
    <div id={id}>
      <ul className="checklist">
        {documents.map((d) => (
          <li key={d.code}>
            <Checkbox
              checked={value.includes(d.code)}
              onChange={(e) => onChange?.(toggled(value, d.code, e.target.checked, order))}
              className="checklist-title"
              data-testid={`doc-${d.code}`}
            >
              {text(d.title)}
            </Checkbox>
            <Tag>{t(d.required ? 'common.required' : 'common.optional')}</Tag>
            <SourceTag source={d.source} />
          </li>
        ))}
      </ul>
      <p className={missing > 0 ? 'time-late' : 'muted'} aria-live="polite">
        {missing > 0 ? t('intake.missing', { count: missing }) : t('intake.complete')}
      </p>
    </div>
  );
}
