import { useTranslation } from 'react-i18next';
import type {
  DraftResult,
  Handover as HandoverDetails,
  Localized,
  ServiceVersion,
  TimelineEntry,
} from '../../api/types';
import { formatDate } from '../../format/dates';
import { useText } from '../../format/use-text';
import { draftChanges, type DraftChange } from './draft-changes';

/** What an event recorded beyond who and when: numbers, reasons, comments, the handover. */
export function EventDetails({
  entry,
  version,
  previous,
}: {
  readonly entry: TimelineEntry;
  readonly version: ServiceVersion;
  /** The draft submitted before, for a draft submitted again. */
  readonly previous?: DraftResult | undefined;
}) {
  const { t } = useTranslation();
  const text = useText();
  const documentTitle = (code: string) => {
    const found = version.documents.find((d) => d.code === code);

    return found === undefined ? code : text(found.title);
  };
  const resultTitle = (draft: DraftResult) => {
    const found = version.results.find((r) => r.kind === draft.kind);

    return found === undefined ? draft.kind : text(found.title);
  };

  switch (entry.type) {
    case 'ApplicationAccepted':
      return <li>{t('timeline.incomingNumber', { number: entry.data.incomingNumber })}</li>;
    case 'IntakeRefused':
      return (
        <>
          <li>
            {t('timeline.missing', { list: entry.data.missing.map(documentTitle).join('; ') })}
          </li>
          <li>{t('timeline.reason', { reason: entry.data.reason })}</li>
        </>
      );
    case 'DocumentsChecked':
      return entry.data.missing.length === 0 ? null : (
        <li>{t('timeline.missing', { list: entry.data.missing.map(documentTitle).join('; ') })}</li>
      );
    case 'DraftSaved':
      return <li>{t('timeline.kind', { kind: resultTitle(entry.data.draft) })}</li>;
    case 'DraftSubmitted':
      return (
        <>
          <li>{t('timeline.kind', { kind: resultTitle(entry.data.draft) })}</li>
          {previous !== undefined && (
            <Changes
              changes={draftChanges(version, previous, entry.data.draft)}
              version={version}
            />
          )}
        </>
      );
    case 'DraftReturned':
      return <li>{t('timeline.comment', { comment: entry.data.comment })}</li>;
    case 'ResultIssued':
      return <Handover handover={entry.data.handover} />;
    default:
      return null;
  }
}

/** What the officer reworked after a return, each change as "what: before → after". */
function Changes({
  changes,
  version,
}: {
  readonly changes: readonly DraftChange[];
  readonly version: ServiceVersion;
}) {
  const { t } = useTranslation();
  const text = useText();

  if (changes.length === 0) return <li>{t('timeline.unchanged')}</li>;

  const title = (items: readonly { code: string; title: Localized }[], code: string) => {
    const found = items.find((i) => i.code === code);

    return found === undefined ? code : text(found.title);
  };
  const kinds = version.results.map((r) => ({ code: r.kind, title: r.title }));
  const fields = version.results.flatMap((r) =>
    r.fields.map((f) => ({ code: f.code, title: f.label })),
  );
  const grounds = (codes: readonly string[]) =>
    codes.map((code) => title(version.refusalGrounds, code)).join('; ') || '—';
  const line = (change: DraftChange): string => {
    switch (change.what) {
      case 'kind':
        return `${t('draft.kind')}: ${title(kinds, change.before)} → ${title(kinds, change.after)}`;
      case 'field':
        return `${title(fields, change.code)}: ${change.before || '—'} → ${change.after || '—'}`;
      case 'grounds':
        return `${t('draft.grounds')}: ${grounds(change.before)} → ${grounds(change.after)}`;
    }
  };

  return (
    <li data-testid="draft-changes">
      {t('timeline.changed')}
      <ul>
        {changes.map((change) => (
          <li key={change.what === 'field' ? change.code : change.what}>{line(change)}</li>
        ))}
      </ul>
    </li>
  );
}

function Handover({ handover }: { readonly handover: HandoverDetails }) {
  const { t } = useTranslation();
  const poa = handover.powerOfAttorney;
  const to =
    handover.to === 'attorney' && poa !== null
      ? t('timeline.toAttorney', { number: poa.number, date: formatDate(poa.date) })
      : t('timeline.toRecipient');

  return (
    <li>
      {t('timeline.handedTo', { name: handover.receivedBy })} — {to}
    </li>
  );
}
