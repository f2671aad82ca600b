import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Radio from 'antd/es/radio';
import { RadioGroup } from '../../../components/RadioGroup';
import { type RefObject, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { runCommand } from '../../../api/endpoints';
import type { ResultDefinition, ServiceVersion } from '../../../api/types';
import { CheckboxList } from '../../../components/CheckboxList';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useText } from '../../../format/use-text';
import { useApiForm } from '../../../hooks/use-api-form';
import type { ActionProps } from '../ActionPanel';
import { lastReturnComment } from '../DraftView';
import { type DraftValues, draftOf, initialDraft } from './draft-values';
import { type DraftIntent, ResultField } from './ResultField';

/**
 * Step 3: the officer prepares the result the regulation names for the service, with the form
 * its kind needs, keeps drafts, and sends the whole draft for signature.
 */
export function DraftForm({ data, version, onDone, onReload }: ActionProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DraftValues>();
  const { busy, error, submit } = useApiForm(form);
  const intent = useRef<DraftIntent>('save');
  const kind = Form.useWatch('kind', form) ?? initialDraft(version.results, data.case.draft).kind;
  const result = version.results.find((r) => r.kind === kind);
  const comment = lastReturnComment(data.timeline);

  const finish = async (values: DraftValues) => {
    if (result === undefined) return;

    const draft = draftOf(values, result);
    const { id, revision } = data.case;
    const next = await submit(() =>
      intent.current === 'save'
        ? runCommand(id, 'save-draft', revision, { draft })
        : runCommand(id, 'submit-draft', revision, { draft }),
    );

    if (next !== undefined) onDone(next);
  };

  const send = (next: DraftIntent) => {
    intent.current = next;
    form.submit();
  };

  return (
    <Form<DraftValues>
      form={form}
      layout="vertical"
      initialValues={initialDraft(version.results, data.case.draft)}
      onFinish={(v) => void finish(v)}
      scrollToFirstError
      data-testid="draft-form"
    >
      <h3>{t('draft.title')}</h3>
      {comment !== null && (
        <Alert
          type="warning"
          showIcon
          className="form-section"
          message={t('case.returned', { comment })}
          data-testid="returned-comment"
        />
      )}
      <KindChoice results={version.results} />
      {result?.fields.map((field) => (
        <ResultField
          key={`${kind}-${field.code}`}
          field={field}
          result={result}
          version={version}
          intent={intent}
        />
      ))}
      {kind === 'reasoned-refusal' && <GroundsField version={version} intent={intent} />}
      <ProblemAlert error={error} onReload={onReload} />
      <div className="form-actions">
        <Button onClick={() => send('save')} loading={busy} data-testid="save-draft">
          {t('draft.save')}
        </Button>
        <Button
          type="primary"
          onClick={() => send('submit')}
          loading={busy}
          data-testid="submit-draft"
        >
          {t('draft.submit')}
        </Button>
      </div>
    </Form>
  );
}

function KindChoice({ results }: { readonly results: readonly ResultDefinition[] }) {
  const { t } = useTranslation();
  const text = useText();

  if (results.length < 2) {
    return (
      <Form.Item name="kind" hidden>
        <input type="hidden" />
      </Form.Item>
    );
  }

  return (
    <>
      <p id="draft-kind" className="muted">
        {t('draft.kind')}
      </p>
      <Form.Item name="kind">
        <RadioGroup className="stacked-options" labelledBy="draft-kind">
          {results.map((r) => (
            <Radio key={r.kind} value={r.kind} data-testid={`kind-${r.kind}`}>
              {text(r.title)}
            </Radio>
          ))}
        </RadioGroup>
      </Form.Item>
    </>
  );
}

function GroundsField({
  version,
  intent,
}: {
  readonly version: ServiceVersion;
  readonly intent: RefObject<DraftIntent>;
}) {
  const { t } = useTranslation();
  const text = useText();

  const atLeastOne = (_r: unknown, value: string[] | undefined) =>
    intent.current === 'submit' && (value ?? []).length === 0
      ? Promise.reject(new Error(t('validation.grounds')))
      : Promise.resolve();

  return (
    <Form.Item name="grounds" label={t('draft.grounds')} rules={[{ validator: atLeastOne }]}>
      <CheckboxList
        className="stacked-options"
        options={version.refusalGrounds.map((g) => ({ value: g.code, label: text(g.title) }))}
      />
    </Form.Item>
  );
}
