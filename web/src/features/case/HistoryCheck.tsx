import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkCaseHistory } from '../../api/endpoints';
import type { HistoryCheck as Check, UserRole } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useUser } from '../../session/context';

/** The roles the server lets verify a history (src/application/audit/verify-case-history.ts). */
const CHECKERS: readonly UserRole[] = ['auditor', 'admin', 'head'];

interface Attempt {
  readonly busy: boolean;
  readonly check: Check | null;
  readonly error: unknown;
}

/**
 * Whether the case's history was rewritten: the server recomputes the chain of event hashes and
 * replays the events through the engine. Nothing is checked until the user asks.
 */
export function HistoryCheck({ caseId }: { readonly caseId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const [attempt, setAttempt] = useState<Attempt>({ busy: false, check: null, error: null });

  if (!CHECKERS.includes(user.role)) return null;

  const run = () => {
    setAttempt({ busy: true, check: null, error: null });
    checkCaseHistory(caseId)
      .then((check) => setAttempt({ busy: false, check, error: null }))
      .catch((error: unknown) => setAttempt({ busy: false, check: null, error }));
  };

  return (
    <section className="panel" aria-labelledby="case-history-check">
      <h2 id="case-history-check">{t('historyCheck.title')}</h2>
      <p className="muted">{t('historyCheck.hint')}</p>
      <Button onClick={run} loading={attempt.busy} data-testid="check-history">
        {t('historyCheck.run')}
      </Button>
      <ProblemAlert error={attempt.error} />
      {attempt.check !== null && <Verdict check={attempt.check} />}
    </section>
  );
}

function Verdict({ check }: { readonly check: Check }) {
  const { t } = useTranslation();
  const intact = check.chainIntact && check.replayMatches;

  return (
    <div className="history-verdict" data-testid="history-verdict" data-verdict={verdictOf(check)}>
      {intact && (
        <Alert
          type="success"
          showIcon
          message={t('historyCheck.intact', { count: check.events })}
        />
      )}
      {check.brokenAtSeq !== null && (
        <Alert
          type="error"
          showIcon
          message={t('historyCheck.broken', { seq: check.brokenAtSeq, count: check.events })}
        />
      )}
      {!check.replayMatches && (
        <Alert type="error" showIcon message={t('historyCheck.replayDiffers')} />
      )}
      <p className="muted">
        {t('historyCheck.lastHash')}: <code className="hash">{check.lastHash}</code>
      </p>
    </div>
  );
}

function verdictOf(check: Check): 'intact' | 'broken' | 'replay-differs' {
  if (check.brokenAtSeq !== null) return 'broken';

  return check.replayMatches ? 'intact' : 'replay-differs';
}
