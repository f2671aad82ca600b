import Segmented from 'antd/es/segmented';
import Tag from 'antd/es/tag';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceSummary, ServiceVersion } from '../../api/types';
import { SourceTag } from '../../components/SourceTag';
import { formatDate } from '../../format/dates';
import { useText } from '../../format/use-text';
import { VersionDetails } from './VersionDetails';

/** One service: its versions with their periods, and the chosen version's procedure. */
export function ServiceRegulation({
  service,
  on,
}: {
  readonly service: ServiceSummary;
  readonly on: string;
}) {
  const text = useText();
  const inForceId = 'versionId' in service.inForce ? service.inForce.versionId : null;
  const fallback = inForceId ?? service.versions.at(-1)?.id ?? '';
  const [chosen, setChosen] = useState(fallback);
  const headingId = `service-${service.code}`;

  useEffect(() => setChosen(fallback), [fallback]);

  const version = service.versions.find((v) => v.id === chosen);

  return (
    <section
      className="panel"
      aria-labelledby={headingId}
      data-testid={`catalogue-${service.code}`}
    >
      <h2 id={headingId}>{text(service.title)}</h2>
      <VersionList
        service={service}
        on={on}
        inForceId={inForceId}
        chosen={chosen}
        onChoose={setChosen}
      />
      {version !== undefined && <VersionDetails version={version} />}
    </section>
  );
}

function VersionList({
  service,
  on,
  inForceId,
  chosen,
  onChoose,
}: {
  readonly service: ServiceSummary;
  readonly on: string;
  readonly inForceId: string | null;
  readonly chosen: string;
  readonly onChoose: (id: string) => void;
}) {
  const { t } = useTranslation();

  return (
    <>
      <h3>{t('catalogue.versions')}</h3>
      <ul className="checklist" data-testid="versions">
        {service.versions.map((v) => (
          <VersionLine key={v.id} version={v} on={on} inForce={v.id === inForceId} />
        ))}
      </ul>
      {inForceId === null && (
        <p className="time-late" data-testid="not-in-force">
          {t('catalogue.notInForce', { date: formatDate(on) })}
        </p>
      )}
      <div role="group" aria-label={t('catalogue.choose')} className="form-section">
        <Segmented
          value={chosen}
          onChange={(id) => onChoose(String(id))}
          options={service.versions.map((v) => ({
            value: v.id,
            label: v.id.split('@')[1] ?? v.id,
          }))}
        />
      </div>
    </>
  );
}

function VersionLine({
  version,
  on,
  inForce,
}: {
  readonly version: ServiceVersion;
  readonly on: string;
  readonly inForce: boolean;
}) {
  const { t } = useTranslation();
  const text = useText();

  return (
    <li data-version={version.id} data-in-force={inForce}>
      <span className="checklist-title">
        {text(version.label)}: {formatDate(version.validFrom)} —{' '}
        {version.validTo === null ? t('catalogue.openEnded') : formatDate(version.validTo)}
      </span>
      {inForce && (
        <Tag className="sla-badge sla-on-time">
          {t('catalogue.inForce', { date: formatDate(on) })}
        </Tag>
      )}
      <SourceTag source={version.validitySource} />
    </li>
  );
}
