import { Type } from 'typebox';
import { computeDeadline } from '../../../application/calendar/compute-deadline.js';
import { listCalendarYear } from '../../../application/calendar/list-calendar-year.js';
import { removeCalendarEntry } from '../../../application/calendar/remove-calendar-entry.js';
import { upsertCalendarEntry } from '../../../application/calendar/upsert-calendar-entry.js';
import {
  CALENDAR_ENTRY_KINDS,
  LEGAL_SOURCE_KINDS,
  describeExplanation,
} from '../../../domain/calendar/index.js';
import { ReglamentError } from '../../../domain/shared/errors.js';
import { signedIn } from '../auth.js';
import { Lang } from '../schemas.js';
import type { Api } from '../server.js';

const text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const literals = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));

/** Amount and unit stay text here, so the domain answers them with its own codes. */
const DeadlineQuery = Type.Object({
  from: Type.String({ maxLength: 100 }),
  amount: Type.String({ maxLength: 20 }),
  unit: Type.String({ maxLength: 50 }),
  lines: Type.Optional(Lang),
  lang: Type.Optional(Type.String()),
});

const YearParams = Type.Object({ year: Type.String({ pattern: '^\\d{4}$' }) });
const DateParams = Type.Object({ date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) });

const EntryBody = Type.Object(
  {
    kind: literals(CALENDAR_ENTRY_KINDS),
    name: Type.Object(
      { kk: text(300), ru: text(300), en: text(300) },
      { additionalProperties: false },
    ),
    source: Type.Object(
      {
        kind: literals(LEGAL_SOURCE_KINDS),
        title: text(1000),
        titles: Type.Optional(
          Type.Object(
            { kk: text(1000), ru: text(1000), en: text(1000) },
            { additionalProperties: false },
          ),
        ),
        reference: Type.Optional(text(500)),
        references: Type.Optional(
          Type.Object(
            { kk: text(500), ru: text(500), en: text(500) },
            { additionalProperties: false },
          ),
        ),
        url: Type.Optional(text(2000)),
      },
      { additionalProperties: false },
    ),
    note: Type.Optional(text(2000)),
  },
  { additionalProperties: false },
);

/**
 * The working calendar over HTTP. Deadlines and the calendar are public information, like the
 * catalogue; correcting the calendar is the administrator's.
 */
export function calendarRoutes(api: Api): void {
  api.get('/deadline', { schema: { tags: ['calendar'], querystring: DeadlineQuery } }, (req) => {
    const { from, amount, unit, lines } = req.query;

    refuseLostPlusSign(from);

    const computed = computeDeadline(api.app, { from, amount, unit });

    return lines === undefined
      ? computed
      : { ...computed, lines: describeExplanation(computed.explanation, lines) };
  });

  api.get('/calendar/:year', { schema: { tags: ['calendar'], params: YearParams } }, (req) =>
    listCalendarYear(api.app, Number(req.params.year)),
  );

  api.put(
    '/admin/calendar/:date',
    { schema: { tags: ['admin'], params: DateParams, body: EntryBody } },
    (req) => upsertCalendarEntry(api.app, signedIn(req), { ...req.body, date: req.params.date }),
  );

  api.delete('/admin/calendar/:date', { schema: { tags: ['admin'], params: DateParams } }, (req) =>
    removeCalendarEntry(api.app, signedIn(req), req.params.date),
  );
}

/** `17:00 05:00`: what a query parser makes of an unencoded `17:00+05:00`. */
const PLUS_DECODED_AS_SPACE = /T[\d:.,]+ \d{2}:?\d{2}$/;

/**
 * A `+` in a query string means a space, so `from=…T17:00+05:00` arrives without its sign.
 * Reading it as +05:00 would be a guess; the answer says how to send it instead.
 */
function refuseLostPlusSign(from: string): void {
  if (!PLUS_DECODED_AS_SPACE.test(from)) return;

  throw new ReglamentError('INSTANT_WITHOUT_OFFSET', {
    value: from,
    reason: 'the "+" of the offset arrived as a space; write it as %2B in the URL',
  });
}
