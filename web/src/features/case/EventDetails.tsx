import { useTranslation } from 'react-i18next';
import type {
  DraftResult,
  Handover as HandoverDetails,
  ServiceVersion,
  TimelineEntry,
} from '../../api/types';
import { formatDate } from '../../format/dates';
import { useText } from '../../format/use-text';

/** What an event recorded beyond who and when: numbers, reasons, comments, the handover. */
export function EventDetails({
  entry,
  version,
}: {
  readonly entry: TimelineEntry;
  readonly version: ServiceVersion;
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
    case 'DraftSubmitted':
      return <li>{t('timeline.kind', { kind: resultTitle(entry.data.draft) })}</li>;
    case 'DraftReturned':
      return <li>{t('timeline.comment', { comment: entry.data.comment })}</li>;
    case 'ResultIssued':
      return <Handover handover={entry.data.handover} />;
    default:
      return null;
  }
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
