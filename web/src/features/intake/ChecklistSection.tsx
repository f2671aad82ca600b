import Form from 'antd/es/form';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceVersion } from '../../api/types';
import { DocumentChecklist } from './DocumentChecklist';
import type { Intent } from './use-intake';

/**
 * The §9 checklist of the chosen service. Acceptance needs every required document; the
 * verdict is given when the clerk accepts, not at every tick (see IntakePage).
 */
export function ChecklistSection({
  version,
  intent,
}: {
  readonly version: ServiceVersion;
  readonly intent: RefObject<Intent>;
}) {
  const { t } = useTranslation();

  const complete = (_rule: unknown, value: string[] | undefined) => {
    const missing = version.documents.some((d) => d.required && !(value ?? []).includes(d.code));

    return intent.current === 'accept' && missing
      ? Promise.reject(new Error(t('intake.incomplete')))
      : Promise.resolve();
  };

  return (
    <section className="panel" aria-labelledby="intake-documents">
      <h2 id="intake-documents">{t('intake.documents')}</h2>
      <p className="muted">{t('intake.documentsHint')}</p>
      <Form.Item name="documentsPresented" rules={[{ validator: complete }]} validateTrigger={[]}>
        <DocumentChecklist documents={version.documents} />
      </Form.Item>
    </section>
  );
}
