import { useTranslation } from 'react-i18next';
import type { ActReference } from '../../api/types';
import { formatDate } from '../../format/dates';
import { useText } from '../../format/use-text';

/** "resolution No. 55 of 18.03.2016 (Atyrau region akimat)", worded per language. */
export function useActRef(): (act: ActReference) => string {
  const { t } = useTranslation();
  const text = useText();

  return (act) =>
    t('catalogue.actRef', {
      issuer: text(act.issuer),
      kind: text(act.kind),
      number: act.number,
      date: formatDate(act.date),
    });
}
