import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import {
  errorCatalogue,
  type ErrorCode,
  type ErrorDetails,
  type ErrorKind,
  ReglamentError,
} from '../../domain/shared/errors.js';
import type { Lang } from '../../domain/shared/text.js';
import { errorMessage } from '../../i18n/error-message.js';
import { translator } from '../../i18n/index.js';

/** The one place where an error's kind becomes an HTTP status. */
const STATUS: Readonly<Record<ErrorKind, number>> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unprocessable: 422,
  'too-many': 429,
  'too-large': 413,
  unsupported: 415,
  internal: 500,
};

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: ErrorCode;
  readonly detail: string;
  readonly details: ErrorDetails;
  readonly instance: string;
}

export function statusOf(code: ErrorCode): number {
  return STATUS[errorCatalogue[code].kind];
}

/** An RFC 9457 problem in the user's language, with the stable code for programs. */
export function problem(
  code: ErrorCode,
  details: ErrorDetails,
  lang: Lang,
  instance: string,
): Problem {
  return {
    type: `urn:reglament:problem:${code}`,
    title: translator(lang)('problem.title'),
    status: statusOf(code),
    code,
    detail: errorMessage(code, details, lang),
    details,
    instance,
  };
}

/**
 * Turns whatever a handler threw into a problem response. Rejections and schema failures are
 * the user's (4xx, logged at info); anything else is ours (500, logged at error with the error).
 */
export function sendError(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  lang: Lang,
) {
  const known = classify(error);
  const body = problem(known.code, known.details, lang, instanceOf(request.url));

  if (body.status >= 500) request.log.error({ err: error, code: body.code }, 'request failed');
  else request.log.info({ code: body.code, status: body.status }, 'request rejected');

  return reply.status(body.status).type('application/problem+json').send(body);
}

/** The path the problem concerns, without its query (which may hold what the user typed). */
function instanceOf(url: string): string {
  return (url.split('?')[0] ?? '').slice(0, 200);
}

/** Fastify's own refusals of a request's form, in the catalogue's terms. */
const FRAMEWORK_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'REQUEST_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
};

function classify(error: unknown): { code: ErrorCode; details: ErrorDetails } {
  if (error instanceof ReglamentError) return { code: error.code, details: error.details };

  const fastify = error as Partial<FastifyError>;
  const framework = fastify.code === undefined ? undefined : FRAMEWORK_CODES[fastify.code];

  if (fastify.validation !== undefined) return validationProblem(fastify);
  if (framework !== undefined) return { code: framework, details: {} };
  if (fastify.statusCode !== undefined && fastify.statusCode < 500) {
    return { code: 'VALIDATION_FAILED', details: { field: 'request', rule: 'request' } };
  }

  return { code: 'INTERNAL', details: {} };
}

/**
 * The first schema failure as a field and a rule. Body fields are named as the domain names
 * them (`applicant.iin`); other parts keep their place (`querystring.limit`).
 */
function validationProblem(error: Partial<FastifyError>): {
  code: ErrorCode;
  details: ErrorDetails;
} {
  const first = error.validation?.[0];
  const params = (first?.params ?? {}) as {
    missingProperty?: string;
    additionalProperty?: string;
    tag?: string;
  };
  const path = [
    error.validationContext === 'body' ? undefined : error.validationContext,
    first?.instancePath.replace(/^\//, '').replaceAll('/', '.'),
    params.missingProperty ?? params.additionalProperty ?? params.tag,
  ].filter((part) => part !== undefined && part !== '');

  return {
    code: 'VALIDATION_FAILED',
    details: { field: path.join('.') || 'body', rule: ruleOf(first?.keyword) },
  };
}

const RULES: Readonly<Record<string, string>> = {
  required: 'required',
  additionalProperties: 'unexpected',
  pattern: 'format',
  format: 'format',
  type: 'type',
  minLength: 'length',
  maxLength: 'length',
  minItems: 'length',
  maxItems: 'length',
  minimum: 'range',
  maximum: 'range',
  minProperties: 'required',
};

function ruleOf(keyword: string | undefined): string {
  return (keyword === undefined ? undefined : RULES[keyword]) ?? 'value';
}
