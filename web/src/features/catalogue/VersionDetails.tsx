import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import type { ServiceVersion, StepDefinition } from '../../api/types';
import { type Column, DataTable } from '../../components/DataTable';
import { SourceTag } from '../../components/SourceTag';
import { useFormatters } from '../../format/use-formatters';
import { useText } from '../../format/use-text';
import { RegulationDocuments } from './documents/RegulationDocuments';

/** A version's procedure as the act words it: steps with roles and limits, results, lists. */
export function VersionDetails({ version }: { readonly version: ServiceVersion }) {
  const { t } = useTranslation();
  const text = useText();

  return (
    <div data-testid={`version-${version.id}`}>
      <p className="muted">
        {t('catalogue.wording')}: <SourceTag source={version.wordingSource} />
      </p>
      <h3>{t('catalogue.steps')}</h3>
      <StepsTable version={version} />
      {version.branches.map((b) => (
        <p key={b.code}>
          <strong>{t('catalogue.branch')}:</strong> {text(b.summary)} — {text(b.action)}
        </p>
      ))}
      <h3>{t('catalogue.results')}</h3>
      <ul>
        {version.results.map((r) => (
          <li key={r.kind}>
            {text(r.title)}
            <br />
            <span className="muted">
              {t('catalogue.fields')}: {r.fields.map((f) => text(f.label)).join('; ')}
            </span>
          </li>
        ))}
      </ul>
      <h3>{t('catalogue.documents')}</h3>
      <ul className="checklist">
        {version.documents.map((d) => (
          <li key={d.code}>
            <span className="checklist-title">{text(d.title)}</span>
            <Tag>{t(d.required ? 'common.required' : 'common.optional')}</Tag>
            <SourceTag source={d.source} />
          </li>
        ))}
      </ul>
      <h3>{t('catalogue.grounds')}</h3>
      {version.refusalGrounds.length === 0 ? (
        <p className="muted">{t('catalogue.noGrounds')}</p>
      ) : (
        <ul className="checklist">
          {version.refusalGrounds.map((g) => (
            <li key={g.code}>
              <span className="checklist-title">{text(g.title)}</span>
              <SourceTag source={g.source} />
            </li>
          ))}
        </ul>
      )}
      <RegulationDocuments version={version} />
    </div>
  );
}

function StepsTable({ version }: { readonly version: ServiceVersion }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const columns: Column<StepDefinition>[] = [
    { key: 'order', title: t('catalogue.order'), render: (s) => s.order },
    {
      key: 'step',
      title: t('catalogue.action'),
      render: (s) => (
        <>
          <strong>{f.text(s.summary)}</strong>
          <br />
          <span className="muted">{f.text(s.action)}</span>
        </>
      ),
    },
    { key: 'role', title: t('catalogue.role'), render: (s) => t(`roles.${s.role}`) },
    {
      key: 'limit',
      title: t('catalogue.limit'),
      className: 'nowrap',
      render: (s) => f.limit(s.limit),
    },
  ];

  return (
    <DataTable<StepDefinition>
      caption={t('catalogue.steps')}
      columns={columns}
      rows={version.steps}
      rowKey={(s) => s.code}
      loading={false}
      emptyText=""
      testId="steps-table"
    />
  );
}
