import { useTranslation } from 'react-i18next';
import { formatDate } from '../format/dates';
import { useSession } from '../session/context';

/** On every screen of a training office: nothing here is real, and the date is simulated. */
export function TrainingBanner() {
  const { t } = useTranslation();
  const { system, today } = useSession();

  if (system.mode !== 'training') return null;

  return (
    <div className="training-banner" role="note" data-testid="training-banner">
      {t('training.banner', { date: formatDate(today) })}
    </div>
  );
}

/**
 * Across a printed page of a training office, so that no sample passes for a real paper. The
 * text is drawn by CSS: it is decoration for the eye, not content for a screen reader.
 */
export function TrainingWatermark() {
  const { t } = useTranslation();
  const { system, today } = useSession();

  if (system.mode !== 'training') return null;

  return (
    <div
      className="training-watermark"
      aria-hidden="true"
      data-watermark={t('training.watermark', { date: formatDate(today) })}
      data-testid="watermark"
    />
  );
}
