import { useTranslation } from 'react-i18next';
import type { DeadlineExplanation as Explanation, SpanDay } from '../../api/types';
import { citeSource } from '../../../../src/domain/calendar/entries';
import { formatDate } from '../../format/dates';
import { useFormatters } from '../../format/use-formatters';

/**
 * How a step's deadline was counted, in words: the rule, when counting began, every day the
 * count skipped or used by act (with the holiday's name and the act behind it), and whether
 * the last day moved.
 */
export function DeadlineExplanation({ explanation }: { readonly explanation: Explanation }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const e = explanation;
  const counting = e.countingStarts;
  const segments = e.rule.officeHours.segments.map((s) => `${s.start}–${s.end}`).join(', ');

  return (
    <details className="explanation" data-testid="explanation">
      <summary>{t('timeline.explain')}</summary>
      <ul>
        <li>{t('explain.rule', { limit: f.limit(e.rule) })}</li>
        {e.rule.unit !== 'calendar-days' && (
          <li>{t('explain.hours', { segments, zone: e.rule.officeHours.zone })}</li>
        )}
        <li>
          {t('explain.started', {
            when: `${f.day(e.start.date, e.start.weekday)} ${e.start.time}`,
          })}
        </li>
        <li>
          {t(`explain.${counting.why}`, {
            date: f.day(counting.date, counting.weekday),
            time: counting.time ?? '',
          })}
        </li>
        <li>{t('explain.due', { when: `${f.day(e.due.date, e.due.weekday)} ${e.due.time}` })}</li>
        {e.endMoved !== null && (
          <li>
            {t('explain.endMoved', {
              from: f.day(e.endMoved.from, e.endMoved.fromWeekday),
              to: formatDate(e.endMoved.to),
            })}
          </li>
        )}
        {e.provisionalYears.length > 0 && (
          <li>{t('explain.provisional', { years: e.provisionalYears.join(', ') })}</li>
        )}
      </ul>
      <SpanDays days={e.days} />
    </details>
  );
}

function SpanDays({ days }: { readonly days: readonly SpanDay[] }) {
  const { t } = useTranslation();

  if (days.length === 0) return <p className="muted">{t('explain.noDays')}</p>;

  return (
    <>
      <p>{t('explain.days')}:</p>
      <ul data-testid="explanation-days">
        {days.map((day) => (
          <SpanDayLine key={day.date} day={day} />
        ))}
      </ul>
    </>
  );
}

function SpanDayLine({ day }: { readonly day: SpanDay }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const entry = day.entry;
  const source = entry === undefined ? '' : citeSource(entry.source, f.lang);

  return (
    <li>
      {f.day(day.date, day.weekday)} — {t(`explain.${day.effect}`)}: {t(`explain.${day.reason}`)}
      {entry !== undefined && (
        <>
          {' '}
          «{f.text(entry.name)}». <span className="muted">{t('explain.basis', { source })}</span>
        </>
      )}
    </li>
  );
}
