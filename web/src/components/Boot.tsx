import Button from 'antd/es/button';
import Spin from 'antd/es/spin';
import { useTranslation } from 'react-i18next';

/** Shown while the session loads: the office's mode, the user and the catalogue. */
export function FullPageLoading() {
  const { t } = useTranslation();

  return (
    <div className="full-page-center" role="status" aria-live="polite">
      <Spin size="large" />
      <span className="visually-hidden">{t('common.loading')}</span>
    </div>
  );
}

export function BootFailure({ onRetry }: { readonly onRetry: () => void }) {
  const { t } = useTranslation();

  return (
    <main className="result-page" role="alert">
      <h1>{t('errors.network')}</h1>
      <Button type="primary" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </main>
  );
}

/** A page's content is on its way: lazy code or data. */
export function PageLoading() {
  const { t } = useTranslation();

  return (
    <div className="page-loading" role="status" aria-live="polite">
      <Spin />
      <span>{t('common.loading')}</span>
    </div>
  );
}
