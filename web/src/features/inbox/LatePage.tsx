import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { useCaseList, useFilters } from './use-case-list';
import { useStaffNames } from './use-staff-names';

/** The head's view of what is late: every open case past its step's deadline, and who has it. */
export default function LatePage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useFilters();
  const list = useCaseList('overdue', filters);
  const holders = useStaffNames();

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('late.title')}</h1>
          <p>{t('late.hint')}</p>
        </div>
      </div>
      <section className="panel" aria-labelledby="late-list">
        <h2 id="late-list" className="visually-hidden">
          {t('late.title')}
        </h2>
        <CaseFilters filters={filters} onChange={setFilters} />
        <ProblemAlert error={list.error} />
        <CaseTable
          caption={t('late.title')}
          page={list.page}
          loading={list.loading}
          current={filters.page}
          onPage={(page) => setFilters({ page })}
          emptyText={t('late.empty')}
          holders={holders}
        />
      </section>
    </>
  );
}
