import pino, { type DestinationStream } from 'pino';
import type { Logger } from '../application/context.js';

/**
 * JSON lines through pino. Callers pass ids and codes only; the redaction list is a second
 * line of defence should a name or an IIN ever reach a log call.
 */
export function pinoLogger(level = 'info', destination?: DestinationStream): Logger & pino.Logger {
  return pino(
    {
      level,
      base: { app: 'reglament' },
      redact: {
        paths: ['*.iin', '*.bin', '*.password', '*.fullName', '*.applicant', 'password', 'token'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
