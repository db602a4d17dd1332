import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/** Everything that can carry a credential. pino replaces these values with "[redacted]". */
export const REDACT_PATHS = [
  'password',
  'newPassword',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
  'apiKey',
  'authorization',
  'connection.password',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.secret',
  '*.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-tessera-identity"]',
  'headers.authorization',
  'headers["x-tessera-identity"]',
  'variables.password',
  'variables.input.password',
  'variables.refreshToken',
  'variables.token',
];

export interface CreateLoggerOptions {
  name: string;
  level?: string;
  pretty?: boolean;
  /** Where log lines go; tests pass a stream to inspect them. */
  destination?: DestinationStream;
}

export function createLogger(options: CreateLoggerOptions): Logger {
  const base: LoggerOptions = {
    name: options.name,
    level: options.level ?? 'info',
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  if (options.destination) return pino(base, options.destination);
  if (options.pretty) {
    return pino({
      ...base,
      transport: {
        target: 'pino-pretty',
        options: { colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' },
      },
    });
  }
  return pino(base);
}

/** A logger that drops everything, for code paths that take an optional logger. */
export const silentLogger: Logger = pino({ level: 'silent' });
