import type { FormInstance } from 'antd/es/form';
import { useState } from 'react';
import { ApiError } from '../api/client';

/**
 * Runs a form's request and puts what the server blames where it belongs: on the field named
 * by `details.field` when the form has it, else in the form's alert. Returns the request's
 * result, or undefined when it failed.
 */
export function useApiForm<V>(form: FormInstance<V>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async <R>(send: () => Promise<R>): Promise<R | undefined> => {
    setBusy(true);
    setError(null);

    try {
      return await send();
    } catch (caught: unknown) {
      if (!placeOnField(form, caught)) setError(caught);

      return undefined;
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, setError, submit };
}

function placeOnField<V>(typed: FormInstance<V>, caught: unknown): boolean {
  if (!(caught instanceof ApiError) || caught.field === null) return false;

  // Field paths come from the server as text, so they are matched untyped.
  const form = typed as unknown as FormInstance;

  const field = caught.field;
  const registered = form.getFieldsError().find((f) => f.name.join('.') === field);

  if (registered === undefined) return false;

  // The server's wording ends with the field's path for API users; at the field it is noise.
  const message = caught.message.replace(` (${field})`, '').replace(`: ${field}`, '');

  form.setFields([{ name: registered.name, errors: [message] }]);
  form.scrollToField(registered.name);

  return true;
}
