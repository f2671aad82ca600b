import pino, { type DestinationStream } from 'pino';
import type { Logger } from '../application/context.js';

interface LoggedRequest {
  readonly id?: unknown;
  readonly method?: string;
  readonly url?: string;
  readonly routeOptions?: { readonly url?: string };
}

/**
 * A request as the log shows it: method, the route's pattern and the path without its query.
 * Queries carry what users search for (names, IINs), which the log must never hold.
 */
function request(req: LoggedRequest): Record<string, unknown> {
  return {
    id: req.id,
    method: req.method,
    route: req.routeOptions?.url,
    path: (req.url ?? '').split('?')[0],
  };
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
