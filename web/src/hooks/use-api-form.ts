import type { FormInstance } from 'antd/es/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** Form fields that errors naming no field belong to, by their code (`LOGIN_TAKEN` → `login`). */
export type FieldsByCode = Readonly<Partial<Record<string, string>>>;

/**
 * Runs a form's request and puts what the server blames where it belongs: on the fields named
 * by `details.field` (or by `byCode` for an error that names none) when the form has them,
 * else in the form's alert. Returns the request's result, or undefined when it failed.
 */
export function useApiForm<V>(form: FormInstance<V>, byCode: FieldsByCode = {}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useRecheckInLanguage(form);

  const submit = async <R>(send: () => Promise<R>): Promise<R | undefined> => {
    setBusy(true);
    setError(null);

    try {
      return await send();
    } catch (caught: unknown) {
      if (!placeOnFields(form, caught, byCode)) setError(caught);

      return undefined;
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, setError, submit };
}

/**
 * A field's message is written when its check runs. After the user switches language (and the
 * rules have been rendered anew), the fields that show a message are checked again, so that no
 * message is left in the language before. A message only the server could give is dropped by
 * this; it comes back, in the new language, when the form is sent again.
 */
function useRecheckInLanguage<V>(form: FormInstance<V>): void {
  const { i18n } = useTranslation();
  const lang = i18n.language;

  useEffect(() => {
    const shown = form
      .getFieldsError()
      .filter((f) => f.errors.length > 0)
      .map((f) => f.name);

    if (shown.length > 0) form.validateFields(shown).catch(() => undefined);
  }, [form, lang]);
}

function placeOnFields<V>(typed: FormInstance<V>, caught: unknown, byCode: FieldsByCode): boolean {
  if (!(caught instanceof ApiError)) return false;

  // Field paths come from the server as text, so they are matched untyped.
  const form = typed as unknown as FormInstance;
  const blamed = caught.fields.length > 0 ? caught.fields : [byCode[caught.code] ?? ''];
  const registered = form
    .getFieldsError()
    .filter((f) => blamed.includes(f.name.join('.')))
    .map((f) => f.name);

  if (registered.length === 0) return false;

  const message = withoutFieldNames(caught);

  form.setFields(registered.map((name) => ({ name, errors: [message] })));
  form.scrollToField(registered[0]!);

  return true;
}

/**
 * The server's wording names the field's path for API users (`… (applicant.iin)`,
 * `…: applicant.surname — wrong format`); at the field itself the path is noise.
 */
function withoutFieldNames(error: ApiError): string {
  const field = typeof error.details.field === 'string' ? error.details.field : '';

  if (field === '') return error.message;

  return error.message
    .replace(` (${field})`, '')
    .replace(`: ${field} — `, ': ')
    .replace(`: ${field}`, '');
}
