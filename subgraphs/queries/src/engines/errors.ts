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

/** Absolute Unix paths (/srv/app/.data/x.duckdb), Windows paths (C:\\x, \\\\server\\share) and relative ones under a dot-directory (.data/…, ./x, ../x). */
const PATHS = [
  /(?<![\w.:/])(?:\.{1,2}\/|\.[\w-]+\/)[^\s'"`),;]*/g,
  /(?<![\w:/<])\/(?:[\w.@+-]+\/)*[\w.@+-]*[\w@+-](?:\/)?/g,
  /\b[A-Za-z]:\\[^\s'"`]*/g,
  /\\\\[^\s'"`]+/g,
];

/**
 * Strips anything that looks like a host:port, URL, credential or server path from an engine
 * message: DuckDB, Parquet and gzip errors name the database or upload file (".data/uploads/…").
 */
export function scrubMessage(message: string): string {
  let text = message
    .replace(/[a-z][a-z0-9+.-]*:\/\/[^\s'"]+/gi, '<url>')
    .replace(/\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b/g, '<host>')
    .replace(/password[^\s]*/gi, 'password');
  for (const pattern of PATHS) text = text.replace(pattern, '<path>');
  return text.split('\n')[0]!.slice(0, 500);
}
