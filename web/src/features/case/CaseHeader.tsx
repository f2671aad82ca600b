import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import { unnumbered } from '../../format/unnumbered';
import type { CaseView, ServiceVersion } from '../../api/types';
import { Link } from '../../app/router';
import { ApplicantLine } from '../../components/ApplicantLine';
import { SlaBadge, TimeLeft } from '../../components/SlaBadge';
import { TermBadge } from '../../components/TermBadge';
import { formatDate, formatDateTime } from '../../format/dates';
import { useText } from '../../format/use-text';

/** The case at a glance: service, applicant, the current step, who holds it, and its deadline. */
export function CaseHeader({
  view,
  version,
}: {
  readonly view: CaseView;
  readonly version: ServiceVersion;
}) {
  const { t } = useTranslation();
  const text = useText();
  const title =
    view.receipt === null
      ? unnumbered(t, view.status)
      : t('case.number', { number: view.receipt.incomingNumber });

  return (
    <section className="panel" aria-labelledby="case-title">
      <div className="page-head">
        <h1 id="case-title" data-testid="case-title">
          {title}
        </h1>
        <CaseLinks view={view} />
      </div>
      <dl className="facts">
        <dt>{t('case.service')}</dt>
        <dd>{text(version.title)}</dd>
        <dt>{t('case.applicant')}</dt>
        <dd data-testid="case-applicant">
          <ApplicantLine applicant={view.applicant} />
        </dd>
        {view.representative !== null && (
          <>
            <dt>{t('case.representative')}</dt>
            <dd>
              {view.representative.fullName} (
              {t('case.poa', {
                number: view.representative.powerOfAttorney.number,
                date: formatDate(view.representative.powerOfAttorney.date),
              })}
              )
            </dd>
          </>
        )}
        <dt>{t('case.registered')}</dt>
        <dd>{formatDateTime(view.registeredAt)}</dd>
        {view.receipt !== null && (
          <>
            <dt>{t('case.term')}</dt>
            <dd className="deadline-line">
              <span>{formatDateTime(view.receipt.termDueAt)}</span>
              <TermBadge termMet={view.receipt.termMet} />
            </dd>
          </>
        )}
        <StepFacts view={view} version={version} />
        <dt>{t('case.version')}</dt>
        <dd>{text(version.label)}</dd>
      </dl>
    </section>
  );
}

function StepFacts({
  view,
  version,
}: {
  readonly view: CaseView;
  readonly version: ServiceVersion;
}) {
  const { t } = useTranslation();
  const text = useText();
  const step = view.step;

  if (step === null) {
    return (
      <>
        <dt>{t('case.step')}</dt>
        <dd>
          <Tag data-testid="case-outcome">{outcomeText(view, t)}</Tag>
        </dd>
      </>
    );
  }

  const summary = version.steps.find((s) => s.code === step.code)?.summary;

  return (
    <>
      <dt>{t('case.step')}</dt>
      <dd data-testid="case-step">{summary === undefined ? step.code : text(summary)}</dd>
      <dt>{t('case.holder')}</dt>
      <dd data-testid="case-holder">
        {step.holder.name ?? step.holder.id} ({t(`roles.${step.holder.role}`)})
      </dd>
      <dt>{t('case.deadline')}</dt>
      <dd className="deadline-line">
        <span>{formatDateTime(step.dueAt)}</span>
        <TimeLeft sla={step.sla} />
        <SlaBadge sla={step.sla} />
      </dd>
    </>
  );
}

function outcomeText(view: CaseView, t: T): string {
  if (view.outcome?.kind === 'intake-refused') return t('case.intakeRefused');
  if (view.outcome?.kind === 'issued') return t('case.issued');

  return t('case.closed');
}

function CaseLinks({ view }: { readonly view: CaseView }) {
  const { t } = useTranslation();

  return (
    <div className="form-actions">
      {view.receipt !== null && (
        <Link to={`/cases/${view.id}/receipt`} data-testid="receipt-link">
          {t('case.receipt')}
        </Link>
      )}
      {view.outcome?.kind === 'intake-refused' && (
        <Link to={`/cases/${view.id}/refusal`} data-testid="refusal-link">
          {t('case.refusal')}
        </Link>
      )}
    </div>
  );
}

type T = ReturnType<typeof useTranslation>['t'];
