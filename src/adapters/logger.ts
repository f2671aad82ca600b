import pino, { type DestinationStream } from 'pino';
import type { Logger } from '../application/context.js';

interface LoggedRequest {
  readonly id?: unknown;
  readonly method?: string;
  readonly routeOptions?: { readonly url?: string };
}

/**
 * A request as the log shows it: its method and the pattern of the route it reached, never the
 * path as typed. Queries carry what users search for, and a path can carry an IIN pasted where
 * a case id belongs; the log must hold neither. A request that reached no route is logged as
 * such.
 */
function request(req: LoggedRequest): Record<string, unknown> {
  return { id: req.id, method: req.method, route: req.routeOptions?.url ?? null };
}

function response(res: { statusCode?: number }): Record<string, unknown> {
  return { statusCode: res.statusCode };
}

/**
 * JSON lines through pino. Callers pass ids and codes only; the serializers keep request
 * queries and bodies out, and the redaction list is a further line of defence should a name or
 * an IIN ever reach a log call.
 */
export function pinoLogger(level = 'info', destination?: DestinationStream): Logger & pino.Logger {
  return pino(
    {
      level,
      base: { app: 'reglament' },
      serializers: { req: request, res: response, err: pino.stdSerializers.err },
      redact: {
        paths: [
          '*.iin',
          '*.bin',
          '*.documentNumber',
          '*.password',
          '*.fullName',
          '*.applicant',
          'password',
          'token',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
