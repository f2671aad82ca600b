import Result from 'antd/es/result';
import { useTranslation } from 'react-i18next';
import { TermBadge } from '../../components/TermBadge';
import { formatDateTime } from '../../format/dates';
import { PrintFrame, surnameAndInitials } from './PrintFrame';
import { PrintableCase, type SheetProps } from './PrintableCase';
import { DocumentTitles, Fact, ServiceAndApplicant } from './SheetFacts';

/**
 * The copy of the application the clerk hands back (§5 item 1): incoming number, date of
 * acceptance, term, the clerk's surname and initials, and a place for the provider's stamp.
 * Reprinted after the handover, it also says when that was and whether the term was kept.
 */
export default function ReceiptPage({ params }: { readonly params: Record<string, string> }) {
  return <PrintableCase id={params.id ?? ''} sheet={Receipt} />;
}

function Receipt({ data, version }: SheetProps) {
  const { t } = useTranslation();
  const view = data.case;
  const receipt = view.receipt;

  if (receipt === null) return <Result status="info" title={t('receipt.notAccepted')} />;

  return (
    <PrintFrame caseId={view.id} version={version} title={t('receipt.title')}>
      <dl className="facts" data-testid="receipt">
        <Fact term={t('receipt.incomingNumber')} testId="incoming-number">
          {receipt.incomingNumber}
        </Fact>
        <Fact term={t('receipt.acceptedAt')}>{formatDateTime(receipt.acceptedAt)}</Fact>
        <Fact term={t('receipt.term')}>
          {formatDateTime(receipt.termDueAt)} <TermBadge termMet={receipt.termMet} />
        </Fact>
        {view.outcome?.kind === 'issued' && (
          <Fact term={t('receipt.handedOver')} testId="handed-over">
            {formatDateTime(view.outcome.at)}
          </Fact>
        )}
        <ServiceAndApplicant version={version} applicant={view.applicant} />
        {view.representative !== null && (
          <Fact term={t('receipt.representative')}>{view.representative.fullName}</Fact>
        )}
        <Fact term={t('receipt.documents')}>
          <DocumentTitles version={version} codes={view.documentsPresented} />
        </Fact>
        <Fact term={t('receipt.clerk')}>{surnameAndInitials(receipt.clerk.name)}</Fact>
      </dl>
    </PrintFrame>
  );
}
