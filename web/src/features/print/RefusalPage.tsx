import Result from 'antd/es/result';
import { useTranslation } from 'react-i18next';
import type { CaseWithTimeline, ServiceVersion } from '../../api/types';
import { formatDateTime } from '../../format/dates';
import { useText } from '../../format/use-text';
import { applicantLine } from '../case/CaseHeader';
import { PrintFrame, surnameAndInitials } from './PrintFrame';
import { PrintableCase } from './PrintableCase';

/** The written, reasoned refusal to accept incomplete documents (§5 item 1, second paragraph). */
export default function RefusalPage({ params }: { readonly params: Record<string, string> }) {
  return (
    <PrintableCase id={params.id ?? ''}>
      {(data, version) => <Refusal data={data} version={version} />}
    </PrintableCase>
  );
}

function Refusal({
  data,
  version,
}: {
  readonly data: CaseWithTimeline;
  readonly version: ServiceVersion;
}) {
  const { t } = useTranslation();
  const text = useText();
  const refused = data.timeline.find((e) => e.type === 'IntakeRefused');

  if (refused === undefined) return <Result status="info" title={t('refusal.notRefused')} />;

  const missing = refused.data.missing as string[];
  const documents = version.documents.filter((d) => missing.includes(d.code));
  const branch = version.branches.find((b) => b.code === 'intake-refusal');

  return (
    <PrintFrame caseId={data.case.id} version={version} title={t('refusal.title')}>
      {branch !== undefined && <p className="muted">{text(branch.action)}</p>}
      <dl className="facts" data-testid="refusal">
        <dt>{t('refusal.date')}</dt>
        <dd>{formatDateTime(refused.at)}</dd>
        <dt>{t('receipt.service')}</dt>
        <dd>{text(version.title)}</dd>
        <dt>{t('receipt.applicant')}</dt>
        <dd>{applicantLine(data.case.applicant, t)}</dd>
        <dt>{t('refusal.missing')}</dt>
        <dd>
          <ol>
            {documents.map((d) => (
              <li key={d.code}>{text(d.title)}</li>
            ))}
          </ol>
        </dd>
        <dt>{t('refusal.reason')}</dt>
        <dd data-testid="refusal-reason-text">{String(refused.data.reason)}</dd>
        <dt>{t('refusal.clerk')}</dt>
        <dd>{surnameAndInitials(refused.actor.name)}</dd>
      </dl>
      <div className="sheet-signatures">
        <span>{t('receipt.signature')}: ____________________</span>
        <span>{t('receipt.stamp')}</span>
      </div>
    </PrintFrame>
  );
}
