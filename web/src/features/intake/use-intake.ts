import type { FormInstance } from 'antd/es/form';
import { useRef } from 'react';
import { registerCase, runCommand } from '../../api/endpoints';
import { navigate } from '../../app/router';
import { useApiForm } from '../../hooks/use-api-form';
import { type IntakeValues, registrationOf } from './intake-values';

export type Intent = 'accept' | 'refuse';

/**
 * Registers the application and at once accepts or refuses it, then opens the paper to hand
 * over: the receipt or the written refusal. Runs only after the form's rules all passed.
 */
export function useIntake(form: FormInstance<IntakeValues>) {
  const { busy, error, submit } = useApiForm(form);
  const intent = useRef<Intent>('accept');

  const finish = async (values: IntakeValues) => {
    const done = await submit(async () => {
      const { case: registered } = await registerCase(registrationOf(values));

      return intent.current === 'accept'
        ? runCommand(registered.id, 'accept', registered.revision, {})
        : runCommand(registered.id, 'refuse-intake', registered.revision, {
            missing: values.missing ?? [],
            reason: (values.reason ?? '').trim(),
          });
    });

    if (done === undefined) return;

    navigate(`/cases/${done.case.id}/${intent.current === 'accept' ? 'receipt' : 'refusal'}`);
  };

  /** Validates the form for this intent (the checklist rule reads it) and sends it if valid. */
  const send = (next: Intent) => {
    intent.current = next;
    form.submit();
  };

  return { busy, error, intent, finish, send };
}
