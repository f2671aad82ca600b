import { Type } from 'typebox';
import { setOfficeHours } from '../../../application/calendar/set-office-hours.js';
import { ReglamentError } from '../../../domain/shared/errors.js';
import { signedIn } from '../auth.js';
import type { Api } from '../server.js';

const ProviderParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 100 }) });
const clock = Type.String({ pattern: '^\\d{2}:\\d{2}$' });
const OfficeHoursBody = Type.Object(
  {
    zone: Type.String({ minLength: 1, maxLength: 100 }),
    utcOffsetMinutes: Type.Integer({ minimum: -720, maximum: 840 }),
    segments: Type.Array(
      Type.Object({ start: clock, end: clock }, { additionalProperties: false }),
      {
        minItems: 1,
        maxItems: 6,
      },
    ),
  },
  { additionalProperties: false },
);

/** Each provider's office hours: public to read, set by the administrator. */
export function officeHoursRoutes(api: Api): void {
  api.get(
    '/providers/:code/office-hours',
    { schema: { tags: ['calendar'], params: ProviderParams } },
    async (req) => {
      const services = await api.app.services();

      if (!services.some((s) => s.versions.some((v) => v.provider.code === req.params.code))) {
        throw new ReglamentError('PROVIDER_UNKNOWN', { provider: req.params.code });
      }

      return { officeHours: api.app.workingTime(req.params.code).officeHours };
    },
  );

  api.put(
    '/admin/providers/:code/office-hours',
    { schema: { tags: ['admin'], params: ProviderParams, body: OfficeHoursBody } },
    async (req) => ({
      officeHours: await setOfficeHours(api.app, signedIn(req), req.params.code, req.body),
    }),
  );
}
