import { useTranslation } from 'react-i18next';
import type { Lang, Limit, Localized, StepSla, Weekday } from '../api/types';
import { formatDate } from './dates';

/** The language-bound formatters the screens share. */
export function useFormatters() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;

  return {
    lang,
    /** An official text from the API in the interface language. */
    text: (value: Localized): string => value[lang],
    limit: (value: Limit): string => t(`units.${value.unit}`, { count: value.amount }),
    left: (sla: StepSla): string => timeLeft(t, sla),
    day: (date: string, weekday: Weekday): string =>
      `${formatDate(date)} (${t(`weekdays.${weekday}`)})`,
  };
}

type T = ReturnType<typeof useTranslation>['t'];

function timeLeft(t: T, sla: StepSla): string {
  const amount = Math.abs(sla.left.amount);
  const time = t(`units.${sla.left.unit}`, { count: amount });

  if (sla.state !== 'overdue') return t('sla.left', { time });

  return amount === 0 ? t('sla.lapsed') : t('sla.late', { time });
}
