/**
 * The one catalogue of coded errors. Every rejection the system can give carries one of these
 * codes; the codes are stable and never reused. The HTTP status of each kind is mapped once, in
 * the HTTP layer, and the user-facing wording lives in the i18n resources under `errors.<CODE>`.
 *
 * @example
 *   throw new ReglamentError('IIN_CHECKSUM', { field: 'applicant.iin' });
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'unprocessable'
  | 'too-many'
  | 'too-large'
  | 'unsupported'
  | 'internal';

interface ErrorSpec {
  readonly kind: ErrorKind;
  /** Internal description for logs and developers; users see the translated message. */
  readonly message: string;
}

export const errorCatalogue = {
  VALIDATION_FAILED: { kind: 'invalid', message: 'The request does not match its schema' },
  IIN_MALFORMED: { kind: 'invalid', message: 'An IIN must be 12 digits' },
  IIN_CHECKSUM: { kind: 'invalid', message: 'The IIN check digit does not match' },
  IIN_BIRTH_DATE: { kind: 'invalid', message: 'The IIN does not encode a valid birth date' },
  BIN_MALFORMED: { kind: 'invalid', message: 'A BIN must be 12 digits' },
  BIN_CHECKSUM: { kind: 'invalid', message: 'The BIN check digit does not match' },
  DATE_ORDER: { kind: 'invalid', message: 'A date is later than a date that must follow it' },
  DATE_IN_FUTURE: { kind: 'invalid', message: 'A date that cannot lie after today does' },
  VALUE_OUT_OF_RANGE: { kind: 'invalid', message: 'A value lies outside what the field allows' },
  REPRESENTATIVE_IS_APPLICANT: {
    kind: 'invalid',
    message: 'The representative has the applicant’s own IIN',
  },
  CITIZEN_NEEDS_IIN: {
    kind: 'invalid',
    message: 'A citizen of Kazakhstan is registered by IIN, not as a foreigner',
  },
  POWER_OF_ATTORNEY_EXPIRED: {
    kind: 'unprocessable',
    message: 'A power of attorney is valid for at most three years from its date',
  },
  MALFORMED_JSON: { kind: 'invalid', message: 'The request body is not valid JSON' },
  REQUEST_TOO_LARGE: { kind: 'too-large', message: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { kind: 'unsupported', message: 'The request body must be JSON' },

  AUTH_REQUIRED: { kind: 'unauthenticated', message: 'Sign-in is required' },
  AUTH_FAILED: { kind: 'unauthenticated', message: 'Unknown user or wrong password' },
  AUTH_THROTTLED: {
    kind: 'too-many',
    message: 'Too many failed sign-ins for this login; wait before trying again',
  },
  PASSWORD_WEAK: { kind: 'invalid', message: 'The password is shorter than the minimum' },
  LOGIN_TAKEN: { kind: 'conflict', message: 'Another user has this login' },
  ROLE_FORBIDDEN: { kind: 'forbidden', message: 'The user role may not perform this action' },

  SERVICE_UNKNOWN: { kind: 'not-found', message: 'No service with this code' },
  PROVIDER_UNKNOWN: { kind: 'not-found', message: 'No provider with this code' },
  CASE_NOT_FOUND: { kind: 'not-found', message: 'No case with this id' },
  USER_NOT_FOUND: { kind: 'not-found', message: 'No user with this id' },
  ROUTE_NOT_FOUND: { kind: 'not-found', message: 'No such endpoint' },
  VERSION_NOT_FOUND: { kind: 'not-found', message: 'No regulation version with this id' },

  REGULATION_NOT_IN_FORCE: {
    kind: 'unprocessable',
    message: 'No version of the regulation is in force on the acceptance date',
  },
  STEP_MISMATCH: { kind: 'conflict', message: 'The command does not fit the current step' },
  CASE_CLOSED: { kind: 'conflict', message: 'The case is closed' },
  WRONG_ROLE: { kind: 'forbidden', message: 'The current step belongs to another role' },
  NOT_HOLDER: { kind: 'forbidden', message: 'Another person holds the case' },
  CONCURRENT_UPDATE: {
    kind: 'conflict',
    message: 'The case was changed by another command; reload it and try again',
  },
  DOCUMENT_UNKNOWN: { kind: 'invalid', message: 'The document is not in the service list' },
  DOCUMENTS_INCOMPLETE: {
    kind: 'unprocessable',
    message: 'Required documents are missing, so the application cannot be accepted',
  },
  INTAKE_REFUSAL_UNFOUNDED: {
    kind: 'unprocessable',
    message: 'A refusal to accept must name documents that are really missing',
  },
  RESULT_KIND_NOT_ALLOWED: {
    kind: 'unprocessable',
    message: 'The regulation does not name this result for the service',
  },
  RESULT_FIELD_MISSING: { kind: 'invalid', message: 'A field the result needs is empty' },
  REFUSAL_GROUND_UNKNOWN: {
    kind: 'invalid',
    message: 'A reasoned refusal must cite grounds from the service list',
  },
  NO_DRAFT: { kind: 'conflict', message: 'There is no draft to submit' },
  ASSIGNEE_NOT_OFFICER: {
    kind: 'unprocessable',
    message: 'The chosen person is not a responsible officer of the provider',
  },
  ATTORNEY_REQUIRED: {
    kind: 'invalid',
    message: 'Handing over to an attorney needs the power-of-attorney number and date',
  },
  INCOMING_NUMBER_TAKEN: { kind: 'conflict', message: 'The incoming number is already used' },

  DEFINITION_INVALID: { kind: 'invalid', message: 'A regulation definition is not valid' },
  VERSION_OVERLAP: {
    kind: 'conflict',
    message: 'The version period overlaps another version of the service',
  },

  CALENDAR_OUT_OF_RANGE: {
    kind: 'unprocessable',
    message: 'The date is outside the years the working calendar covers',
  },
  CALENDAR_CONFLICT: {
    kind: 'conflict',
    message: 'The entry contradicts another entry of the calendar',
  },
  CALENDAR_ENTRY_INVALID: { kind: 'invalid', message: 'The calendar entry is not valid' },
  OFFICE_HOURS_INVALID: {
    kind: 'invalid',
    message: 'Office hours must be ordered, non-overlapping HH:MM segments within one day',
  },
  INSTANT_WITHOUT_OFFSET: {
    kind: 'invalid',
    message: 'An instant must be ISO 8601 with an explicit offset',
  },
  LIMIT_UNIT_UNKNOWN: { kind: 'invalid', message: 'Unknown unit of a time limit' },
  LIMIT_AMOUNT_INVALID: {
    kind: 'invalid',
    message: 'A time limit amount must be a positive whole number within bounds',
  },

  TRAINING_ONLY: { kind: 'forbidden', message: 'Only available in training mode' },
  INTERNAL: { kind: 'internal', message: 'Unexpected failure' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof errorCatalogue;

export type ErrorDetails = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/** A decision's refusal: data, not an exception, so that commands stay pure. */
export interface Rejection {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;
}

export function reject(code: ErrorCode, details: ErrorDetails = {}): Rejection {
  return { code, details };
}

export function isRejection(value: unknown): value is Rejection {
  return typeof value === 'object' && value !== null && 'code' in value && 'details' in value;
}

/** The thrown form of a rejection, used where a result object would only be re-thrown. */
export class ReglamentError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, details: ErrorDetails = {}) {
    super(errorCatalogue[code].message);
    this.name = 'ReglamentError';
    this.code = code;
    this.details = details;
  }

  static from(rejection: Rejection): ReglamentError {
    return new ReglamentError(rejection.code, rejection.details);
  }
}
