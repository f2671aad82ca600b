import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { useCaseList, useFilters } from './use-case-list';
import { useStaffNames } from './use-staff-names';

/**
 * Every case of the office, open and closed: a case handed over or refused leaves every inbox,
 * and this is where it is found again: by its number, its applicant, an IIN/BIN prefix, or a
 * foreigner's whole document number.
 */
export default function CasesPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useFilters();
  const list = useCaseList('all', filters);
  const holders = useStaffNames();

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('cases.title')}</h1>
          <p>{t('cases.hint')}</p>
        </div>
      </div>
      <section className="panel" aria-labelledby="all-cases">
        <h2 id="all-cases" className="visually-hidden">
          {t('cases.title')}
        </h2>
        <CaseFilters filters={filters} onChange={setFilters} />
        <ProblemAlert error={list.error} />
        <CaseTable
          caption={t('cases.title')}
          page={list.page}
          loading={list.loading}
          current={filters.page}
          onPage={(page) => setFilters({ page })}
          emptyText={t('cases.empty')}
          holders={holders}
        />
      </section>
    </>
  );
}
