import Alert from 'antd/es/alert';
import { useTranslation } from 'react-i18next';
import type { CaseView, DraftResult, ServiceVersion, TimelineEntry } from '../../api/types';
import { formatDate } from '../../format/dates';
import { useText } from '../../format/use-text';
import { useUser } from '../../session/context';
import { type DraftStage, draftStage } from './draft-stage';

/** The result being prepared, as the head will sign it, and the head's last comment if any. */
export function DraftView({
  view,
  timeline,
  version,
}: {
  readonly view: CaseView;
  readonly timeline: readonly TimelineEntry[];
  readonly version: ServiceVersion;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const comment = lastReturnComment(timeline);
  // The officer reads the comment above the form; everyone else reads it here.
  const showComment =
    comment !== null && view.status === 'execution' && view.step?.holder.id !== user.id;

  return (
    <section className="panel" aria-labelledby="case-draft">
      <h2 id="case-draft">{t('case.draft')}</h2>
      {showComment && (
        <Alert
          type="warning"
          showIcon
          message={t('case.returned', { comment })}
          className="form-section"
        />
      )}
      {view.draft === null ? (
        <p className="muted">{t('case.noDraft')}</p>
      ) : (
        <DraftContent draft={view.draft} version={version} stage={draftStage(view)} />
      )}
    </section>
  );
}

function DraftContent({
  draft,
  version,
  stage,
}: {
  readonly draft: DraftResult;
  readonly version: ServiceVersion;
  readonly stage: DraftStage;
}) {
  const { t } = useTranslation();
  const text = useText();
  const result = version.results.find((r) => r.kind === draft.kind);
  const grounds = version.refusalGrounds.filter((g) => draft.grounds.includes(g.code));

  return (
    <div data-testid="draft-view">
      <h3>{result === undefined ? draft.kind : text(result.title)}</h3>
      <p className="muted" data-testid="draft-stage" data-stage={stage}>
        {t(`draftStage.${stage}`)}
      </p>
      <dl className="draft-fields">
        {(result?.fields ?? []).map((field) => {
          const value = draft.fields[field.code] ?? '';

          return (
            <div key={field.code} style={{ display: 'contents' }}>
              <dt>{text(field.label)}</dt>
              <dd>
                {value === ''
                  ? t('common.none')
                  : field.type === 'date'
                    ? formatDate(value)
                    : value}
              </dd>
            </div>
          );
        })}
      </dl>
      {grounds.length > 0 && (
        <>
          <h3>{t('draft.grounds')}</h3>
          <ul>
            {grounds.map((g) => (
              <li key={g.code}>{text(g.title)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The comment of the head's latest return, if the draft came back for rework. */
export function lastReturnComment(timeline: readonly TimelineEntry[]): string | null {
  const returned = [...timeline].reverse().find((e) => e.type === 'DraftReturned');

  return returned === undefined ? null : String(returned.data.comment);
}
