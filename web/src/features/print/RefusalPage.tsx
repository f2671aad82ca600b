import Result from 'antd/es/result';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/dates';
import { useText } from '../../format/use-text';
import { PrintFrame, surnameAndInitials } from './PrintFrame';
import { PrintableCase, type SheetProps } from './PrintableCase';
import { DocumentTitles, Fact, ServiceAndApplicant } from './SheetFacts';

/** The written, reasoned refusal to accept incomplete documents (§5 item 1, second paragraph). */
export default function RefusalPage({ params }: { readonly params: Record<string, string> }) {
  return <PrintableCase id={params.id ?? ''} sheet={Refusal} />;
}

function Refusal({ data, version }: SheetProps) {
  const { t } = useTranslation();
  const text = useText();
  const refused = data.timeline.find((e) => e.type === 'IntakeRefused');

  if (refused === undefined) return <Result status="info" title={t('refusal.notRefused')} />;

  const branch = version.branches.find((b) => b.code === 'intake-refusal');

  return (
    <PrintFrame caseId={data.case.id} version={version} title={t('refusal.title')}>
      {branch !== undefined && <p className="muted">{text(branch.action)}</p>}
      <dl className="facts" data-testid="refusal">
        <Fact term={t('refusal.date')}>{formatDateTime(refused.at)}</Fact>
        <ServiceAndApplicant version={version} applicant={data.case.applicant} />
        <Fact term={t('refusal.missing')}>
          <DocumentTitles version={version} codes={refused.data.missing} />
        </Fact>
        <Fact term={t('refusal.reason')} testId="refusal-reason-text">
          {refused.data.reason}
        </Fact>
        <Fact term={t('refusal.clerk')}>{surnameAndInitials(refused.actor.name)}</Fact>
      </dl>
    </PrintFrame>
  );
}
