import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import type { DraftResult, ServiceVersion, TimelineEntry } from '../../api/types';
import { formatDateTime } from '../../format/dates';
import { useFormatters } from '../../format/use-formatters';
import { DeadlineExplanation } from './DeadlineExplanation';
import { EventDetails } from './EventDetails';

/** Every event of the case: who did what and when, which step it closed and which it opened. */
export function Timeline({
  entries,
  version,
}: {
  readonly entries: readonly TimelineEntry[];
  readonly version: ServiceVersion;
}) {
  const earlier = submittedBefore(entries);

  return (
    <ol className="timeline" data-testid="timeline">
      {entries.map((entry) => (
        <TimelineItem
          key={entry.seq}
          entry={entry}
          version={version}
          previous={earlier.get(entry.seq)}
        />
      ))}
    </ol>
  );
}

/** For each draft submitted again, the draft submitted before it, by the event's number. */
function submittedBefore(entries: readonly TimelineEntry[]): ReadonlyMap<number, DraftResult> {
  const earlier = new Map<number, DraftResult>();
  let last: DraftResult | undefined;

  for (const entry of entries) {
    if (entry.type !== 'DraftSubmitted') continue;
    if (last !== undefined) earlier.set(entry.seq, last);
    last = entry.data.draft;
  }

  return earlier;
}

function TimelineItem({
  entry,
  version,
  previous,
}: {
  readonly entry: TimelineEntry;
  readonly version: ServiceVersion;
  /** The draft submitted before this one, when this event submits a draft again. */
  readonly previous: DraftResult | undefined;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const step = (code: string) => {
    const found = version.steps.find((s) => s.code === code);

    return found === undefined ? code : f.text(found.summary);
  };

  return (
    <li className="timeline-entry" data-event={entry.type}>
      <div className="timeline-head">
        <strong>{t(`events.${entry.type}`)}</strong>
        <span className="nowrap">{formatDateTime(entry.at)}</span>
        <span className="muted">
          {entry.actor.name ?? entry.actor.id} ({t(`roles.${entry.actor.role}`)})
        </span>
      </div>
      <ul className="timeline-detail">
        <EventDetails entry={entry} version={version} previous={previous} />
        {entry.closes !== null && (
          <li>
            {t('timeline.closes', { step: step(entry.closes.code) })} —{' '}
            {t('timeline.closedAt', {
              due: formatDateTime(entry.closes.dueAt),
              at: formatDateTime(entry.closes.closedAt),
            })}{' '}
            <Tag className={entry.closes.late ? 'sla-badge sla-overdue' : 'sla-badge sla-on-time'}>
              {t(entry.closes.late ? 'timeline.late' : 'timeline.onTime')}
            </Tag>
          </li>
        )}
        {entry.opens !== null && (
          <li>
            {t('timeline.opens', { step: step(entry.opens.code) })};{' '}
            {t('timeline.holder', { name: entry.opens.holder.name ?? entry.opens.holder.id })};{' '}
            {t('timeline.due', {
              due: formatDateTime(entry.opens.dueAt),
              limit: f.limit(entry.opens.limit),
            })}
            {entry.opens.explanation !== null && (
              <DeadlineExplanation explanation={entry.opens.explanation} />
            )}
          </li>
        )}
      </ul>
    </li>
  );
}
