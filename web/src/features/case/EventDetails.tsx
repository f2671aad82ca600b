import { useTranslation } from 'react-i18next';
import type { DraftResult, PowerOfAttorney, ServiceVersion, TimelineEntry } from '../../api/types';
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
  const data = entry.data;
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
      return <li>{t('timeline.incomingNumber', { number: String(data.incomingNumber) })}</li>;
    case 'IntakeRefused':
      return (
        <>
          <li>
            {t('timeline.missing', {
              list: (data.missing as string[]).map(documentTitle).join('; '),
            })}
          </li>
          <li>{t('timeline.reason', { reason: String(data.reason) })}</li>
        </>
      );
    case 'DocumentsChecked':
      return (data.missing as string[]).length === 0 ? null : (
        <li>
          {t('timeline.missing', {
            list: (data.missing as string[]).map(documentTitle).join('; '),
          })}
        </li>
      );
    case 'DraftSaved':
    case 'DraftSubmitted':
      return <li>{t('timeline.kind', { kind: resultTitle(data.draft as DraftResult) })}</li>;
    case 'DraftReturned':
      return <li>{t('timeline.comment', { comment: String(data.comment) })}</li>;
    case 'ResultIssued':
      return <Handover handover={data.handover as HandoverData} />;
    default:
      return null;
  }
}

interface HandoverData {
  readonly to: 'recipient' | 'attorney';
  readonly receivedBy: string;
  readonly powerOfAttorney: PowerOfAttorney | null;
}

function Handover({ handover }: { readonly handover: HandoverData }) {
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
