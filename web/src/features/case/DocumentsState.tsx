import Tag from 'antd/es/tag';
import { useTranslation } from 'react-i18next';
import type { CaseView, ServiceVersion } from '../../api/types';
import { SourceTag } from '../../components/SourceTag';
import { useText } from '../../format/use-text';

/** The §9 checklist as the clerk last recorded it: presented or not, required or not. */
export function DocumentsState({
  view,
  version,
}: {
  readonly view: CaseView;
  readonly version: ServiceVersion;
}) {
  const { t } = useTranslation();
  const text = useText();

  return (
    <section className="panel" aria-labelledby="case-documents">
      <h2 id="case-documents">{t('case.documents')}</h2>
      <ul className="checklist" data-testid="documents-state">
        {version.documents.map((d) => {
          const presented = view.documentsPresented.includes(d.code);
          const missing = view.documentsMissing.includes(d.code);

          return (
            <li key={d.code}>
              <span className="checklist-title">{text(d.title)}</span>
              <Tag
                className={
                  missing
                    ? 'sla-badge sla-overdue'
                    : presented
                      ? 'sla-badge sla-on-time'
                      : undefined
                }
              >
                {t(presented ? 'case.presented' : 'case.notPresented')}
              </Tag>
              <Tag>{t(d.required ? 'common.required' : 'common.optional')}</Tag>
              <SourceTag source={d.source} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
