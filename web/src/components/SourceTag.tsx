import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import type { Source } from '../api/types';

/**
 * Whether a fact was seen in the act or stands in for a text the office must still confirm.
 * The reference and note are the catalogue's own words, offered on hover.
 */
export function SourceTag({ source }: { readonly source: Source }) {
  const { t } = useTranslation();
  const hint = [t('common.sourceNote', { reference: source.reference }), source.note]
    .filter((part) => part !== undefined && part !== '')
    .join('. ');

  return (
    <Tag className={`source-tag source-${source.status}`} title={hint} data-source={source.status}>
      {t(`common.${source.status}`)}
    </Tag>
  );
}
