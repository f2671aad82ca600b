import Button from 'antd/es/button';
import { useTranslation } from 'react-i18next';

/** Previous and next page of a list the server pages, with where the user is in it. */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));

  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <span className="muted">{t('common.total', { count: total })}</span>
      <Button onClick={() => onPage(page - 1)} disabled={page <= 1} data-testid="page-prev">
        {t('pager.previous')}
      </Button>
      <span aria-live="polite" data-testid="page-of">
        {t('pager.of', { page, pages })}
      </span>
      <Button onClick={() => onPage(page + 1)} disabled={page >= pages} data-testid="page-next">
        {t('pager.next')}
      </Button>
    </nav>
  );
}
