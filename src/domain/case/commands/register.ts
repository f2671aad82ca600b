import { reject, type Rejection } from '../../shared/errors.js';
import type { ApplicationRegistered } from '../events.js';
import { openStep } from '../steps.js';
import { tidyApplicant, tidyRepresentative } from '../tidy-parties.js';
import { validateApplicant, validateRepresentative } from '../validate-parties.js';
import { checkDocumentCodes } from './check-documents.js';
import type { DecisionContext, RegisterApplication } from './types.js';

/**
 * The clerk registers an application: who applies, who acts for them, and which documents of
 * the service's list were presented. The intake step opens with the clerk as its holder.
 */
export function registerApplication(
  command: RegisterApplication,
  ctx: DecisionContext,
): ApplicationRegistered | Rejection {
  if (ctx.actor.role !== 'clerk') return reject('ROLE_FORBIDDEN', { role: ctx.actor.role });

  const today = ctx.localDate(ctx.now);
  const applicant = tidyApplicant(command.applicant);
  const representative = tidyRepresentative(command.representative);
  const invalid =
    validateApplicant(applicant, today) ??
    validateRepresentative(representative, applicant, today) ??
    checkDocumentCodes(ctx.version, command.documentsPresented);

  if (invalid !== null) return invalid;

  return {
    type: 'ApplicationRegistered',
    at: ctx.now,
    actor: ctx.actor,
    closes: null,
    opens: openStep(ctx, 'intake', ctx.actor),
    data: {
      caseId: command.caseId,
      serviceCode: ctx.version.serviceCode,
      versionId: ctx.version.id,
      providerCode: ctx.version.provider.code,
      applicant,
      representative,
      documentsPresented: [...new Set(command.documentsPresented)],
    },
  };
}
