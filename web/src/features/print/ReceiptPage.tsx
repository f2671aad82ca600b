import Result from 'antd/es/result';
import { useTranslation } from 'react-i18next';
import type { CaseWithTimeline, ServiceVersion } from '../../api/types';
import { formatDateTime } from '../../format/dates';
import { useText } from '../../format/use-text';
import { applicantLine } from '../case/CaseHeader';
import { PrintFrame, surnameAndInitials } from './PrintFrame';
import { PrintableCase } from './PrintableCase';

/**
 * The copy of the application the clerk hands back (§5 item 1): incoming number, date of
 * acceptance, term, the clerk's surname and initials, and a place for the provider's stamp.
 */
export default function ReceiptPage({ params }: { readonly params: Record<string, string> }) {
  return (
    <PrintableCase id={params.id ?? ''}>
      {(data, version) => <Receipt data={data} version={version} />}
    </PrintableCase>
  );
}

function Receipt({
  data,
  version,
}: {
  readonly data: CaseWithTimeline;
  readonly version: ServiceVersion;
}) {
  const { t } = useTranslation();
  const text = useText();
  const view = data.case;
  const receipt = view.receipt;

  if (receipt === null) return <Result status="info" title={t('receipt.notAccepted')} />;

  const presented = version.documents.filter((d) => view.documentsPresented.includes(d.code));

  return (
    <PrintFrame caseId={view.id} version={version} title={t('receipt.title')}>
      <dl className="facts" data-testid="receipt">
        <dt>{t('receipt.incomingNumber')}</dt>
        <dd data-testid="incoming-number">{receipt.incomingNumber}</dd>
        <dt>{t('receipt.acceptedAt')}</dt>
        <dd>{formatDateTime(receipt.acceptedAt)}</dd>
        <dt>{t('receipt.term')}</dt>
        <dd>{formatDateTime(receipt.termDueAt)}</dd>
        <dt>{t('receipt.service')}</dt>
        <dd>{text(version.title)}</dd>
        <dt>{t('receipt.applicant')}</dt>
        <dd>{applicantLine(view.applicant, t)}</dd>
        {view.representative !== null && (
          <>
            <dt>{t('receipt.representative')}</dt>
            <dd>{view.representative.fullName}</dd>
          </>
        )}
        <dt>{t('receipt.documents')}</dt>
        <dd>
          <ol>
            {presented.map((d) => (
              <li key={d.code}>{text(d.title)}</li>
            ))}
          </ol>
        </dd>
        <dt>{t('receipt.clerk')}</dt>
        <dd>{surnameAndInitials(receipt.clerk.name)}</dd>
      </dl>
      <div className="sheet-signatures">
        <span>{t('receipt.signature')}: ____________________</span>
        <span>{t('receipt.stamp')}</span>
      </div>
    </PrintFrame>
  );
}
