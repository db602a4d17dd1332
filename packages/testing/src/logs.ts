import { Writable } from 'node:stream';
import { createLogger, type Logger } from '@tessera/logger';

export interface CapturedLogger {
  logger: Logger;
  /** Everything logged so far, as raw JSON lines. */
  text(): string;
}

/** A real pino logger (with the production redaction) whose output the test can read. */
export function captureLogger(name = 'test', level = 'debug'): CapturedLogger {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger({ name, level, destination }), text: () => lines.join('') };
}
