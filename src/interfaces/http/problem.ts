import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import {
  errorCatalogue,
  type ErrorCode,
  type ErrorDetails,
  type ErrorKind,
  ReglamentError,
} from '../../domain/shared/errors.js';
import type { Lang } from '../../domain/shared/text.js';
import { translator } from '../../i18n/index.js';

/** The one place where an error's kind becomes an HTTP status. */
const STATUS: Readonly<Record<ErrorKind, number>> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unprocessable: 422,
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
  const t = translator(lang);
  const context = code === 'REGULATION_NOT_IN_FORCE' && 'endedBy' in details ? 'ended' : undefined;

  return {
    type: `urn:reglament:problem:${code}`,
    title: t('problem.title'),
    status: statusOf(code),
    code,
    detail: t(`errors.${code}`, { ...flatten(details), ...(context ? { context } : {}) }),
    details,
    instance,
  };
}

function flatten(details: ErrorDetails): Record<string, string | number | boolean> {
  return Object.fromEntries(
    Object.entries(details).map(([k, v]) => [k, Array.isArray(v) ? v.join('; ') : (v as string)]),
  );
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
  const body = problem(known.code, known.details, lang, request.url);

  if (body.status >= 500) request.log.error({ err: error, code: body.code }, 'request failed');
  else request.log.info({ code: body.code, status: body.status }, 'request rejected');

  return reply.status(body.status).type('application/problem+json').send(body);
}

function classify(error: unknown): { code: ErrorCode; details: ErrorDetails } {
  if (error instanceof ReglamentError) return { code: error.code, details: error.details };

  const fastify = error as Partial<FastifyError>;

  if (fastify.validation !== undefined) {
    const first = fastify.validation[0];
    const field = [
      fastify.validationContext,
      first?.instancePath.replace(/^\//, '').replaceAll('/', '.'),
    ]
      .filter((part) => part !== undefined && part !== '')
      .join('.');
    const missing = (first?.params as { missingProperty?: string } | undefined)?.missingProperty;

    return {
      code: 'VALIDATION_FAILED',
      details: { field: missing ? `${field}.${missing}` : field },
    };
  }
  if (fastify.statusCode !== undefined && fastify.statusCode < 500) {
    return { code: 'VALIDATION_FAILED', details: { field: fastify.code ?? 'request' } };
  }

  return { code: 'INTERNAL', details: {} };
}
