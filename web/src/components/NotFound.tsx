import { useTranslation } from 'react-i18next';
import { Link } from '../app/router';

/** An unknown address or a case that does not exist. */
export function NotFound({ title, text }: { readonly title?: string; readonly text?: string }) {
  const { t } = useTranslation();

  return (
    <div className="result-page" data-testid="not-found">
      <p className="result-code" aria-hidden="true">
        404
      </p>
      <h1>{title ?? t('errors.notFoundTitle')}</h1>
      {text !== '' && <p>{text ?? t('errors.notFoundText')}</p>}
      <Link to="/">{t('errors.home')}</Link>
    </div>
  );
}
