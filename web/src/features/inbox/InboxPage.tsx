import Button from 'antd/es/button';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useUser } from '../../session/context';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { useCaseList, useFilters } from './use-case-list';

const TITLES = { clerk: 'inbox.clerk', head: 'inbox.head', officer: 'inbox.officer' } as const;

/** What the signed-in user must act on now, the nearest deadline first. */
export default function InboxPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [filters, setFilters] = useFilters();
  const list = useCaseList('inbox', filters);
  const title = user.role in TITLES ? TITLES[user.role as keyof typeof TITLES] : 'inbox.other';

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t(title)}</h1>
          <p>{t('inbox.hint')}</p>
        </div>
        {user.role === 'clerk' && (
          <Button type="primary" onClick={() => navigate('/intake')} data-testid="new-application">
            {t('inbox.newApplication')}
          </Button>
        )}
      </div>
      <section className="panel" aria-labelledby="inbox-list">
        <h2 id="inbox-list" className="visually-hidden">
          {t(title)}
        </h2>
        <CaseFilters filters={filters} onChange={setFilters} />
        <ProblemAlert error={list.error} />
        <CaseTable
          caption={t(title)}
          page={list.page}
          loading={list.loading}
          current={filters.page}
          onPage={(page) => setFilters({ page })}
          emptyText={t('inbox.empty')}
        />
      </section>
    </>
  );
}
