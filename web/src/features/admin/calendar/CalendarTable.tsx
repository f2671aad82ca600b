import Button from 'antd/es/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { epochDayOf, weekdayOf } from '../../../../../src/domain/calendar/dates';
import type { CalendarDay, CalendarEntry } from '../../../api/types';
import { type Column, DataTable } from '../../../components/DataTable';
import { citeSource } from '../../../../../src/domain/calendar/entries';
import { useFormatters } from '../../../format/use-formatters';

interface Props {
  readonly days: readonly CalendarDay[];
  readonly loading: boolean;
  readonly onCorrect: (entry: CalendarEntry) => void;
  readonly onRemove: (date: string) => void;
}

/** The year's exceptions to the weekend rule, each with the act behind it. */
export function CalendarTable({ days, loading, onCorrect, onRemove }: Props) {
  const { t } = useTranslation();
  const columns = useColumns(onCorrect, onRemove);

  return (
    <DataTable<CalendarDay>
      caption={t('calendar.title')}
      columns={columns}
      rows={days}
      rowKey={(day) => day.date}
      loading={loading}
      emptyText={t('calendar.empty')}
      testId="calendar-table"
    />
  );
}

function useColumns(
  onCorrect: Props['onCorrect'],
  onRemove: Props['onRemove'],
): Column<CalendarDay>[] {
  const { t } = useTranslation();
  const f = useFormatters();

  return [
    {
      key: 'date',
      title: t('calendar.date'),
      className: 'nowrap',
      render: (day) => f.day(day.date, weekdayOf(epochDayOf(day.date) ?? 0)),
    },
    {
      key: 'kind',
      title: t('calendar.kind'),
      render: (day) => <span data-kind={day.kind}>{t(`calendar.kinds.${day.kind}`)}</span>,
    },
    { key: 'name', title: t('calendar.name'), render: (day) => f.text(day.name) },
    {
      key: 'basis',
      title: t('calendar.basis'),
      className: 'col-basis',
      render: (day) => citeSource(day.source, f.lang),
    },
    {
      key: 'actions',
      title: t('calendar.actions'),
      className: 'nowrap',
      render: (day) => <EntryActions day={day} onCorrect={onCorrect} onRemove={onRemove} />,
    },
  ];
}

/** Removing asks once more in place: a removed day off changes every deadline across it. */
function EntryActions({
  day,
  onCorrect,
  onRemove,
}: {
  readonly day: CalendarDay;
  readonly onCorrect: Props['onCorrect'];
  readonly onRemove: Props['onRemove'];
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);

  if (confirming) {
    return (
      <div className="form-actions">
        <Button size="small" danger type="primary" onClick={() => onRemove(day.date)}>
          {t('calendar.confirmRemove')}
        </Button>
        <Button size="small" onClick={() => setConfirming(false)}>
          {t('calendar.cancel')}
        </Button>
      </div>
    );
  }

  return (
    <div className="form-actions">
      <Button size="small" onClick={() => onCorrect(day)} data-testid={`correct-${day.date}`}>
        {t('calendar.correct')}
      </Button>
      <Button
        size="small"
        danger
        onClick={() => setConfirming(true)}
        data-testid={`remove-${day.date}`}
      >
        {t('calendar.remove')}
      </Button>
    </div>
  );
}
