import type { TFunction } from 'i18next';

/** What an application without an incoming number is called: waiting at intake, or refused. */
export function unnumbered(t: TFunction, status: string): string {
  return status === 'closed' ? t('case.refusedAtIntake') : t('case.notAccepted');
}
