import { useTranslation } from 'react-i18next';
import type { Act } from '../../api/types';
import { SourceTag } from '../../components/SourceTag';
import { formatDate } from '../../format/dates';
import { useText } from '../../format/use-text';
import { useActRef } from './use-act-ref';

/** The act that approves the regulations: its basis, and its adoption, amendment and repeal. */
export function ActHistory({ act }: { readonly act: Act }) {
  const { t } = useTranslation();
  const text = useText();
  const actRef = useActRef();

  return (
    <section className="panel" aria-labelledby="act-title" data-testid="act">
      <h2 id="act-title">{text(act.citation)}</h2>
      <p className="muted">{t('catalogue.registration', { number: act.registrationNumber })}</p>
      <h3>{t('catalogue.legalBasis')}</h3>
      <ul>
        {act.legalBasis.map((basis) => (
          <li key={basis.en}>{text(basis)}</li>
        ))}
      </ul>
      <h3>{t('catalogue.life')}</h3>
      <ol className="act-life" data-testid="act-life">
        {act.life.map((event) => (
          <li key={event.event}>
            <strong>{t(`catalogue.${event.event}`)}</strong>: {actRef(event.act)};{' '}
            {t('catalogue.published', { date: formatDate(event.publishedOn) })}{' '}
            <SourceTag source={event.publicationSource} />
            <br />
            <span className="muted">
              {t('catalogue.inForceAfter', { count: event.inForceAfterDays })}
              {event.condition !== undefined && `, ${text(event.condition)}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
