import Input from 'antd/es/input';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAct, getCatalogue } from '../../api/endpoints';
import type { Act, Catalogue } from '../../api/types';
import { PageLoading } from '../../components/Boot';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSession } from '../../session/context';
import { ActHistory } from './ActHistory';
import { ServiceRegulation } from './ServiceRegulation';

/** Each service's regulation and the act's versions in time, as of a date the user picks. */
export default function CataloguePage() {
  const { t } = useTranslation();
  const { today } = useSession();
  const [on, setOn] = useState(today);
  const { catalogue, act, error } = useCatalogueOn(on);

  return (
    <>
      <div className="page-head">
        <h1>{t('catalogue.title')}</h1>
        <div>
          <label htmlFor="catalogue-on" className="muted">
            {t('catalogue.on')}
          </label>{' '}
          <Input
            id="catalogue-on"
            type="date"
            value={on}
            onChange={(e) => e.target.value !== '' && setOn(e.target.value)}
            style={{ width: 170 }}
            data-testid="catalogue-on"
          />
        </div>
      </div>
      <ProblemAlert error={error} />
      {act !== null && <ActHistory act={act} />}
      {catalogue === null ? (
        <PageLoading />
      ) : (
        catalogue.services.map((s) => (
          <ServiceRegulation key={s.code} service={s} on={catalogue.on} />
        ))
      )}
    </>
  );
}

function useCatalogueOn(on: string) {
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [act, setAct] = useState<Act | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    getAct()
      .then((reply) => setAct(reply.act))
      .catch(setError);
  }, []);

  useEffect(() => {
    let current = true;

    setError(null);
    getCatalogue(on)
      .then((reply) => current && setCatalogue(reply))
      .catch((caught: unknown) => current && setError(caught));

    return () => {
      current = false;
    };
  }, [on]);

  return { catalogue, act, error };
}
