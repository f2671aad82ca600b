import { useTranslation } from 'react-i18next';
import type { CaseWithTimeline, ServiceVersion } from '../../api/types';
import { useUser } from '../../session/context';
import { DraftForm } from './actions/DraftForm';
import { ForwardPanel } from './actions/ForwardPanel';
import { IntakeActions } from './actions/IntakeActions';
import { IssuePanel } from './actions/IssuePanel';
import { SignPanel } from './actions/SignPanel';

export interface ActionProps {
  readonly data: CaseWithTimeline;
  readonly version: ServiceVersion;
  readonly onDone: (next: CaseWithTimeline) => void;
  readonly onReload: () => void;
}

const PANELS = {
  intake: IntakeActions,
  routing: ForwardPanel,
  execution: DraftForm,
  signing: SignPanel,
  issuance: IssuePanel,
} as const;

/** The one thing the holder of the current step can do; anyone else sees who holds the case. */
export function ActionPanel(props: ActionProps) {
  const { t } = useTranslation();
  const user = useUser();
  const step = props.data.case.step;

  if (step === null) return null;

  if (step.holder.id !== user.id) {
    return (
      <section className="panel" aria-label={t('case.action')}>
        <p className="muted" data-testid="waiting">
          {t('case.waiting', {
            name: step.holder.name ?? step.holder.id,
            role: t(`roles.${step.holder.role}`),
          })}
        </p>
      </section>
    );
  }

  const Panel = PANELS[step.code];

  return (
    <section
      className="panel action-panel"
      aria-labelledby="case-action"
      data-testid="action-panel"
    >
      <h2 id="case-action">{t('case.action')}</h2>
      <Panel {...props} />
    </section>
  );
}
