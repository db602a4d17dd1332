import { EngineError } from './types.ts';

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET', 'EAI_AGAIN', 'EPIPE']);

/** Connection-level failures never carry the host, port or credentials to the client. */
export function connectionFailure(error: unknown): EngineError | null {
  const e = error as { code?: string; message?: string } | null;
  if (e?.code && CONNECTION_CODES.has(e.code)) return new EngineError('CONNECTION_FAILED', 'Could not connect to the data source');
  if (/password authentication failed|Access denied for user|Authentication failed|no pg_hba\.conf entry/i.test(e?.message ?? '')) {
    return new EngineError('CONNECTION_FAILED', 'The data source refused the credentials');
  }
  return null;
}

/** Strips anything that looks like a host:port, URL or credential from an engine message. */
export function scrubMessage(message: string): string {
  return message
    .replace(/[a-z]+:\/\/[^\s'"]+/gi, '<url>')
    .replace(/\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b/g, '<host>')
    .replace(/password[^\s]*/gi, 'password')
    .split('\n')[0]!
    .slice(0, 500);
}
