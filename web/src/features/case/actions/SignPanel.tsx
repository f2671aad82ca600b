import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useTranslation } from 'react-i18next';
import { runCommand } from '../../../api/endpoints';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useApiForm } from '../../../hooks/use-api-form';
import { textRules } from '../../../validation/rules';
import type { ActionProps } from '../ActionPanel';

/** Step 4: the head signs the draft (shown beside) or returns it with a comment for rework. */
export function SignPanel({ data, onDone, onReload }: ActionProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ comment: string }>();
  const { busy, error, submit } = useApiForm(form);
  const { id, revision } = data.case;

  const sign = async () => {
    const next = await submit(() => runCommand(id, 'sign', revision, {}));

    if (next !== undefined) onDone(next);
  };

  const giveBack = async ({ comment }: { comment: string }) => {
    const next = await submit(() =>
      runCommand(id, 'return-draft', revision, { comment: comment.trim() }),
    );

    if (next !== undefined) onDone(next);
  };

  return (
    <>
      <h3>{t('sign.title')}</h3>
      <div className="form-actions form-section">
        <Button type="primary" onClick={() => void sign()} loading={busy} data-testid="sign">
          {t('sign.sign')}
        </Button>
      </div>
      <Form form={form} layout="vertical" onFinish={(v) => void giveBack(v)}>
        <Form.Item name="comment" label={t('sign.comment')} rules={textRules(t)} validateFirst>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} data-testid="return-comment" />
        </Form.Item>
        <ProblemAlert error={error} onReload={onReload} />
        <Button htmlType="submit" loading={busy} data-testid="return">
          {t('sign.return')}
        </Button>
      </Form>
    </>
  );
}
