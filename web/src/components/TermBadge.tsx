import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';

/**
 * Whether the result was handed over by the term written on the receipt. Nothing shows until
 * the handover (`null`): an open case's term is neither kept nor missed yet.
 */
export function TermBadge({ termMet }: { readonly termMet: boolean | null }) {
  const { t } = useTranslation();

  if (termMet === null) return null;

  return (
    <Tag
      className={termMet ? 'sla-badge sla-on-time' : 'sla-badge sla-overdue'}
      data-term-met={String(termMet)}
      data-testid="term-met"
    >
      {t(termMet ? 'term.kept' : 'term.missed')}
    </Tag>
  );
}
