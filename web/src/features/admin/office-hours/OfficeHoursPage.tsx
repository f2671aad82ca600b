import { useTranslation } from 'react-i18next';
import { getOfficeHours } from '../../../api/admin-endpoints';
import { PageLoading } from '../../../components/Boot';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useFormatters } from '../../../format/use-formatters';
import { useLoaded } from '../../../hooks/use-loaded';
import { providerOf, useSession, useUser } from '../../../session/context';
import { AdminTabs } from '../AdminTabs';
import { OfficeHoursForm } from './OfficeHoursForm';

/**
 * The office's opening hours: deadlines in working time count only the minutes inside them.
 * Deadlines already recorded on cases keep the hours they were counted with.
 */
export default function OfficeHoursPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const user = useUser();
  const { catalogue } = useSession();
  const provider = providerOf(catalogue, user.providerCode);
  const hours = useLoaded(() => getOfficeHours(user.providerCode), user.providerCode);

  return (
    <>
      <AdminTabs />
      <div className="page-head">
        <div>
          <h1>{t('officeHours.title')}</h1>
          <p>{provider === undefined ? user.providerCode : f.text(provider.name)}</p>
        </div>
      </div>
      <ProblemAlert error={hours.error} onReload={hours.reload} />
      {hours.data === null ? (
        hours.loading && <PageLoading />
      ) : (
        <OfficeHoursForm provider={user.providerCode} initial={hours.data.officeHours} />
      )}
    </>
  );
}
