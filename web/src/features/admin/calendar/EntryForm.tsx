import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { putCalendarEntry } from '../../../api/admin-endpoints';
import {
  CALENDAR_ENTRY_KINDS,
  type CalendarEntry,
  LANGS,
  LEGAL_SOURCE_KINDS,
} from '../../../api/types';
import { NativeSelect } from '../../../components/NativeSelect';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatDate } from '../../../format/dates';
import { useApiForm } from '../../../hooks/use-api-form';
import { useSession } from '../../../session/context';
import { dateRule, requiredRule } from '../../../validation/rules';
import { calendarYearRule, kindFitsDayRule, allOrNoneRule, urlRule } from './entry-rules';
import { entryBody, entryValues, type EntryValues } from './entry-values';

interface Props {
  /** The entry being corrected, or null for a new one. */
  readonly editing: CalendarEntry | null;
  readonly onSaved: (entry: CalendarEntry) => void;
  readonly onCancel: () => void;
}

/**
 * Adds a dated entry to the working calendar or corrects one: the date, what the act made of
 * it, its name in the three languages, and the act itself. An entry that contradicts the date's
 * entry is refused by the server (CALENDAR_CONFLICT), and the refusal stands at the form.
 */
export function EntryForm({ editing, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EntryValues>();
  const { busy, error, submit } = useApiForm(form, { CALENDAR_OUT_OF_RANGE: 'date' });

  // The form sits below the year's list; a correction chosen there brings it into view.
  useEffect(() => {
    if (editing !== null) document.getElementById('calendar-entry')?.scrollIntoView();
  }, [editing]);

  const save = async (values: EntryValues) => {
    const saved = await submit(() => putCalendarEntry(values.date, entryBody(values)));

    if (saved === undefined) return;

    // A new entry's form starts afresh for the next one; a correction's form closes.
    form.resetFields();
    onSaved(saved.entry);
  };

  return (
    <Form<EntryValues>
      form={form}
      layout="vertical"
      className="panel"
      initialValues={entryValues(editing)}
      onFinish={(v) => void save(v)}
      scrollToFirstError
      aria-labelledby="calendar-entry"
      data-testid="entry-form"
    >
      <h2 id="calendar-entry">
        {editing === null
          ? t('calendar.addTitle')
          : t('calendar.correctTitle', { date: formatDate(editing.date) })}
      </h2>
      <DateAndKind correcting={editing !== null} />
      <NameFields />
      <SourceFields />
      <Form.Item name="note" label={t('calendar.note')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} data-testid="entry-note" />
      </Form.Item>
      <ProblemAlert error={error} />
      <div className="form-actions">
        <Button type="primary" htmlType="submit" loading={busy} data-testid="save-entry">
          {t('calendar.save')}
        </Button>
        {editing !== null && <Button onClick={onCancel}>{t('calendar.cancel')}</Button>}
      </div>
    </Form>
  );
}

/** A corrected entry keeps its date: another date is another entry. */
function DateAndKind({ correcting }: { readonly correcting: boolean }) {
  const { t } = useTranslation();
  const { system } = useSession();
  const form = Form.useFormInstance();
  const years = system.calendarYears;

  return (
    <div className="form-grid">
      <Form.Item
        name="date"
        label={t('calendar.date')}
        rules={[requiredRule(t), dateRule(t), calendarYearRule(t, years)]}
        validateFirst
      >
        <Input
          type="date"
          min={`${String(years.first)}-01-01`}
          max={`${String(years.last)}-12-31`}
          disabled={correcting}
          data-testid="entry-date"
        />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('calendar.kind')}
        rules={[requiredRule(t), kindFitsDayRule(t, form)]}
        dependencies={['date']}
        validateFirst
      >
        <NativeSelect
          options={CALENDAR_ENTRY_KINDS.map((kind) => ({
            value: kind,
            label: t(`calendar.kinds.${kind}`),
          }))}
          testId="entry-kind"
        />
      </Form.Item>
    </div>
  );
}

function NameFields() {
  const { t } = useTranslation();

  return (
    <fieldset className="form-section">
      <legend>
        <h3>{t('calendar.name')}</h3>
      </legend>
      <div className="form-grid">
        {LANGS.map((lang) => (
          <Form.Item
            key={lang}
            name={['name', lang]}
            label={t(`lang.${lang}`)}
            rules={[requiredRule(t)]}
          >
            <Input maxLength={300} lang={lang} data-testid={`entry-name-${lang}`} />
          </Form.Item>
        ))}
      </div>
    </fieldset>
  );
}

/** The act behind the entry, as the explanations of deadlines cite it. */
function SourceFields() {
  const { t } = useTranslation();

  return (
    <fieldset className="form-section">
      <legend>
        <h3>{t('calendar.basis')}</h3>
      </legend>
      <div className="form-grid">
        <Form.Item name={['source', 'kind']} label={t('calendar.sourceKind')}>
          <NativeSelect
            options={LEGAL_SOURCE_KINDS.map((kind) => ({
              value: kind,
              label: t(`calendar.sourceKinds.${kind}`),
            }))}
            testId="entry-source-kind"
          />
        </Form.Item>
        <Form.Item
          name={['source', 'title']}
          label={t('calendar.sourceTitle')}
          rules={[requiredRule(t)]}
        >
          <Input maxLength={1000} data-testid="entry-source-title" />
        </Form.Item>
        <Form.Item name={['source', 'reference']} label={t('calendar.reference')}>
          <Input maxLength={500} data-testid="entry-reference" />
        </Form.Item>
        <Form.Item name={['source', 'url']} label={t('calendar.url')} rules={[urlRule(t)]}>
          <Input type="url" maxLength={2000} data-testid="entry-url" />
        </Form.Item>
      </div>
      <TranslatedFields group="titles" maxLength={1000} testId="entry-title" />
      <TranslatedFields group="references" maxLength={500} testId="entry-reference" />
    </fieldset>
  );
}

interface TranslatedProps {
  readonly group: 'titles' | 'references';
  readonly maxLength: number;
  readonly testId: string;
}

/** The act's title or reference in each interface language, all three or none. */
function TranslatedFields({ group, maxLength, testId }: TranslatedProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();

  return (
    <>
      <p className="muted">{t(`calendar.${group}Hint`)}</p>
      <div className="form-grid">
        {LANGS.map((lang) => (
          <Form.Item
            key={lang}
            name={['source', group, lang]}
            label={t(`lang.${lang}`)}
            rules={[allOrNoneRule(t, form, group)]}
            dependencies={LANGS.filter((l) => l !== lang).map((l) => ['source', group, l])}
          >
            <Input maxLength={maxLength} lang={lang} data-testid={`${testId}-${lang}`} />
          </Form.Item>
        ))}
      </div>
    </>
  );
}
