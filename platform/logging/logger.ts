import { pino, type DestinationStream, type Logger } from 'pino';
import { maskLogLine } from './redact.ts';

export type { Logger };

/**
 * One pino logger per process. Personal data is masked after serialisation, on the finished line,
 * so that every field is covered whatever put it there (request path, request id, error causes).
 * Errors keep their class, their own fields (a database error's code and detail) and their cause chain.
 */
export function createLogger(level: string, destination: DestinationStream = pino.destination(1)): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-conversation-token"]'], censor: '[redacted]' },
      serializers: { err: pino.stdSerializers.errWithCause, error: pino.stdSerializers.errWithCause },
    },
    { write: (line: string) => destination.write(maskLogLine(line)) },
  );
}
