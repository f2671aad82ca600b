import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/**
 * An error that belongs to no single field, in the user's language as the server worded it.
 * A stale revision offers a reload: someone else moved the case on meanwhile.
 */
export function ProblemAlert({
  error,
  onReload,
}: {
  readonly error: unknown;
  readonly onReload?: () => void;
}) {
  const { t } = useTranslation();

  if (error === null || error === undefined) return null;

  const message = error instanceof ApiError ? error.message : t('errors.network');
  const stale = error instanceof ApiError && error.code === 'CONCURRENT_UPDATE';

  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="problem-alert"
      message={message}
      data-testid="problem"
      action={
        stale && onReload !== undefined ? (
          <Button size="small" onClick={onReload}>
            {t('common.reload')}
          </Button>
        ) : undefined
      }
    />
  );
}
