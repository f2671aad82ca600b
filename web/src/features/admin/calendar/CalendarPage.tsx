import Tag from 'antd/es/tag';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteCalendarEntry, getCalendarYear } from '../../../api/admin-endpoints';
import type { CalendarEntry, CalendarYear } from '../../../api/types';
import { navigate, useLocation } from '../../../app/router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { NativeSelect } from '../../../components/NativeSelect';
import { StatusNote } from '../../../components/StatusNote';
import { formatDate } from '../../../format/dates';
import { useLoaded } from '../../../hooks/use-loaded';
import { useSession } from '../../../session/context';
import { AdminTabs } from '../AdminTabs';
import { CalendarTable } from './CalendarTable';
import { EntryForm } from './EntryForm';

/**
 * The working calendar a year at a time, as deadlines are counted on it: the administrator adds
 * a transfer decree published during the year, corrects an entry, or removes one.
 */
export default function CalendarPage() {
  const { t } = useTranslation();
  const year = useYear();
  const calendar = useLoaded(() => getCalendarYear(year), String(year));
  const [editing, setEditing] = useState<CalendarEntry | null>(null);
  const [done, setDone] = useState('');
  const [removeError, setRemoveError] = useState<unknown>(null);

  const saved = (entry: CalendarEntry) => {
    setEditing(null);
    setDone(t('calendar.saved', { date: formatDate(entry.date) }));
    showYear(Number(entry.date.slice(0, 4)), year, calendar.reload);
  };

  const remove = (date: string) => {
    setRemoveError(null);
    deleteCalendarEntry(date)
      .then(() => {
        setDone(t('calendar.removed', { date: formatDate(date) }));
        calendar.reload();
      })
      .catch(setRemoveError);
  };

  return (
    <>
      <AdminTabs />
      <div className="page-head">
        <div>
          <h1>{t('calendar.title')}</h1>
          <p>{t('calendar.hint')}</p>
        </div>
      </div>
      <section className="panel" aria-label={t('calendar.year')}>
        <YearHeader year={year} info={calendar.data} />
        <StatusNote text={done} testId="calendar-done" />
        <ProblemAlert error={calendar.error ?? removeError} onReload={calendar.reload} />
        <CalendarTable
          days={calendar.data?.days ?? []}
          loading={calendar.loading}
          onCorrect={setEditing}
          onRemove={remove}
        />
      </section>
      <EntryForm
        key={editing?.date ?? 'new'}
        editing={editing}
        onSaved={saved}
        onCancel={() => setEditing(null)}
      />
    </>
  );
}

/** The year in the address (`?year=2019`), else the office's current one. */
function useYear(): number {
  const { query } = useLocation();
  const { today, system } = useSession();
  const asked = Number(query.get('year'));
  const { first, last } = system.calendarYears;

  return Number.isInteger(asked) && asked >= first && asked <= last
    ? asked
    : Number(today.slice(0, 4));
}

/** After a save the list shows the entry's year, which may be another than the one shown. */
function showYear(year: number, shown: number, reload: () => void): void {
  if (year === shown) reload();
  else navigate(`/admin/calendar?year=${String(year)}`, { replace: true });
}

function YearHeader({ year, info }: { readonly year: number; readonly info: CalendarYear | null }) {
  const { t } = useTranslation();
  const { system } = useSession();
  const { first, last } = system.calendarYears;
  const years = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));

  return (
    <div className="calendar-year">
      <div className="calendar-year-choice">
        <label htmlFor="calendar-year">{t('calendar.year')}</label>
        <NativeSelect
          id="calendar-year"
          options={years.map((y) => ({ value: y, label: y }))}
          value={String(year)}
          onChange={(y) => navigate(`/admin/calendar?year=${y}`, { replace: true })}
          testId="calendar-year"
        />
      </div>
      {info !== null && <YearStatus info={info} />}
    </div>
  );
}

/** Whether the year's data may still change; the research notes are kept in English. */
function YearStatus({ info }: { readonly info: CalendarYear }) {
  const { t } = useTranslation();
  const confirmed = info.status === 'confirmed';

  return (
    <div className="calendar-year-status">
      <Tag className={confirmed ? 'sla-badge sla-on-time' : 'sla-badge sla-due-soon'}>
        {t(`calendar.status.${info.status}`)}
      </Tag>
      {info.notes.length > 0 && (
        <details>
          <summary>{t('calendar.notes')}</summary>
          <ul lang="en">
            {info.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
