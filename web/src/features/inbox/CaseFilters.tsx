import Button from 'antd/es/button';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaState } from '../../api/types';
import { useText } from '../../format/use-text';
import { procedureSteps } from '../../session/catalogue-lookups';
import { useSession } from '../../session/context';
import type { Filters } from './use-case-list';

const STATES: readonly SlaState[] = ['on-time', 'due-soon', 'overdue'];

/**
 * Service, step and deadline state, and a search by incoming number or applicant. Native
 * controls keep the first screen light; they are styled to sit with Ant Design's.
 */
export function CaseFilters({
  filters,
  onChange,
}: {
  readonly filters: Filters;
  readonly onChange: (next: Partial<Filters>) => void;
}) {
  const { t } = useTranslation();
  const text = useText();
  const { catalogue } = useSession();

  return (
    <div className="filters">
      <Choice
        id="filter-service"
        label={t('filters.service')}
        value={filters.service}
        onChange={(service) => onChange({ service })}
        options={catalogue.services.map((s) => ({ value: s.code, label: text(s.title) }))}
      />
      <Choice
        id="filter-step"
        label={t('filters.step')}
        value={filters.step}
        onChange={(step) => onChange({ step })}
        options={procedureSteps(catalogue).map((s) => ({ value: s.code, label: text(s.summary) }))}
      />
      <Choice
        id="filter-state"
        label={t('filters.state')}
        value={filters.state}
        onChange={(state) => onChange({ state: state as SlaState | undefined })}
        options={STATES.map((s) => ({ value: s, label: t(`sla.${s}`) }))}
      />
      <Search value={filters.q} onSearch={(q) => onChange({ q })} />
    </div>
  );
}

interface ChoiceProps {
  readonly id: string;
  readonly label: string;
  readonly value: string | undefined;
  readonly onChange: (value: string | undefined) => void;
  readonly options: readonly { readonly value: string; readonly label: string }[];
}

function Choice({ id, label, value, onChange, options }: ChoiceProps) {
  const { t } = useTranslation();

  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="native-control"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
        data-testid={id}
      >
        <option value="">{t('filters.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Search({
  value,
  onSearch,
}: {
  readonly value?: string;
  readonly onSearch: (q: string) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState(value ?? '');

  const send = (event: FormEvent) => {
    event.preventDefault();
    onSearch(q.trim());
  };

  return (
    <form role="search" onSubmit={send}>
      <label htmlFor="filter-q">{t('filters.search')}</label>
      <div className="search-row">
        <input
          id="filter-q"
          type="search"
          className="native-control"
          value={q}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(e) => setQ(e.target.value)}
          data-testid="search"
        />
        <Button htmlType="submit" type="primary" data-testid="search-submit">
          {t('filters.search')}
        </Button>
      </div>
    </form>
  );
}
