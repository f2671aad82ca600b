import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import type { StepSla } from '../api/types';
import { useFormatters } from '../format/use-formatters';

/** On time, due soon or overdue, in colours that keep their contrast in print and on screen. */
export function SlaBadge({ sla }: { readonly sla: StepSla }) {
  const { t } = useTranslation();

  return (
    <Tag className={`sla-badge sla-${sla.state}`} data-sla={sla.state}>
      {t(`sla.${sla.state}`)}
    </Tag>
  );
}

/** "3 working days left" or "2 calendar days late". */
export function TimeLeft({ sla }: { readonly sla: StepSla }) {
  const f = useFormatters();

  return <span className={sla.state === 'overdue' ? 'time-late' : undefined}>{f.left(sla)}</span>;
}
