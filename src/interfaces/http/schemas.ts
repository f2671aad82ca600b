import { type Static, Type } from 'typebox';

/** Request bodies as JSON Schema: Fastify validates them and the OpenAPI document shows them. */

const text = (maxLength = 2000) => Type.String({ minLength: 1, maxLength });
const isoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const twelveDigits = Type.String({ pattern: '^\\d{12}$' });

export const PowerOfAttorney = Type.Object(
  { number: text(100), date: isoDate },
  { additionalProperties: false },
);

const PersonApplicant = Type.Object(
  {
    kind: Type.Literal('person'),
    iin: twelveDigits,
    surname: text(200),
    givenName: text(200),
    patronymic: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

const OrganisationApplicant = Type.Object(
  { kind: Type.Literal('organisation'), bin: twelveDigits, name: text(500) },
  { additionalProperties: false },
);

const ForeignPersonApplicant = Type.Object(
  {
    kind: Type.Literal('foreign-person'),
    surname: text(200),
    givenName: text(200),
    patronymic: Type.Optional(Type.String({ maxLength: 200 })),
    citizenship: text(100),
    documentNumber: text(30),
  },
  { additionalProperties: false },
);

/**
 * One of three kinds, told apart by `kind`. As a discriminated `oneOf` the validator checks
 * only the kind named, so a foreigner's faulty document number is reported as such and not as
 * a person's missing IIN.
 */
export const Applicant = Type.Unsafe<
  | Static<typeof PersonApplicant>
  | Static<typeof OrganisationApplicant>
  | Static<typeof ForeignPersonApplicant>
>({
  type: 'object',
  required: ['kind'],
  discriminator: { propertyName: 'kind' },
  oneOf: [PersonApplicant, OrganisationApplicant, ForeignPersonApplicant],
});

export const Representative = Type.Object(
  { fullName: text(300), iin: twelveDigits, powerOfAttorney: PowerOfAttorney },
  { additionalProperties: false },
);

export const DocumentCodes = Type.Array(text(100), { maxItems: 50 });

export const RegisterBody = Type.Object(
  {
    serviceCode: text(100),
    applicant: Applicant,
    representative: Type.Optional(Type.Union([Representative, Type.Null()])),
    documentsPresented: DocumentCodes,
  },
  { additionalProperties: false },
);

const ResultKind = Type.Union([
  Type.Literal('premises-decision'),
  Type.Literal('letter-of-agreement'),
  Type.Literal('missionary-certificate'),
  Type.Literal('reasoned-refusal'),
]);

export const Draft = Type.Object(
  {
    kind: ResultKind,
    fields: Type.Record(Type.String({ maxLength: 100 }), Type.String({ maxLength: 5000 })),
    grounds: Type.Array(text(100), { maxItems: 20 }),
  },
  { additionalProperties: false },
);

/** Every command may carry the revision the user saw; a stale one gets CONCURRENT_UPDATE. */
const revision = { expectedRevision: Type.Optional(Type.Integer({ minimum: 1 })) };

export const Bodies = {
  'check-documents': Type.Object(
    { presented: DocumentCodes, ...revision },
    { additionalProperties: false },
  ),
  accept: Type.Object({ ...revision }, { additionalProperties: false }),
  'refuse-intake': Type.Object(
    { missing: DocumentCodes, reason: text(5000), ...revision },
    { additionalProperties: false },
  ),
  forward: Type.Object({ officerId: text(100), ...revision }, { additionalProperties: false }),
  'save-draft': Type.Object({ draft: Draft, ...revision }, { additionalProperties: false }),
  'submit-draft': Type.Object(
    { draft: Type.Optional(Type.Union([Draft, Type.Null()])), ...revision },
    { additionalProperties: false },
  ),
  'return-draft': Type.Object(
    { comment: text(5000), ...revision },
    { additionalProperties: false },
  ),
  sign: Type.Object({ ...revision }, { additionalProperties: false }),
  issue: Type.Object(
    {
      to: Type.Union([Type.Literal('recipient'), Type.Literal('attorney')]),
      receivedBy: text(300),
      powerOfAttorney: Type.Optional(Type.Union([PowerOfAttorney, Type.Null()])),
      ...revision,
    },
    { additionalProperties: false },
  ),
};

export const SignInBody = Type.Object(
  { login: text(100), password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

export const Lang = Type.Union([Type.Literal('kk'), Type.Literal('ru'), Type.Literal('en')]);

export const CaseListQuery = Type.Object(
  {
    scope: Type.Optional(Type.Union([Type.Literal('all'), Type.Literal('overdue')])),
    service: Type.Optional(text(100)),
    step: Type.Optional(text(50)),
    state: Type.Optional(
      Type.Union([Type.Literal('on-time'), Type.Literal('due-soon'), Type.Literal('overdue')]),
    ),
    q: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    offset: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);

export const IdParams = Type.Object({ id: text(100) });
