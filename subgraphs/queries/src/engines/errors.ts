import { EngineError } from './types.ts';

const CONNECTION_REASONS: Record<string, string> = {
  ECONNREFUSED: 'REFUSED',
  ENOTFOUND: 'UNKNOWN_HOST',
  EAI_AGAIN: 'UNKNOWN_HOST',
  ETIMEDOUT: 'TIMED_OUT',
  EHOSTUNREACH: 'UNREACHABLE',
  ECONNRESET: 'RESET',
  EPIPE: 'RESET',
};
const clip = (name: string) => name.slice(0, 128);

/**
 * The engine's own words when they are safe to show: only the role, user or database the user typed,
 * never the address the server saw us from (MySQL's 'user'@'10.0.0.5', pg_hba.conf's host "…").
 */
function engineRefusal(message: string): string | null {
  const pgAuth = /password authentication failed for user "([^"]{1,200})"/i.exec(message);
  if (pgAuth) return `password authentication failed for user "${clip(pgAuth[1]!)}"`;
  const mysqlAuth = /Access denied for user '([^']{1,200})'@'[^']*'(?: \(using password: (YES|NO)\))?/i.exec(
    message,
  );
  if (mysqlAuth)
    return `Access denied for user '${clip(mysqlAuth[1]!)}'${mysqlAuth[2] ? ` (using password: ${mysqlAuth[2]})` : ''}`;
  const missing = /^(database|role) "([^"]{1,200})" does not exist/i.exec(message);
  if (missing) return `${missing[1]!.toLowerCase()} "${clip(missing[2]!)}" does not exist`;
  const mysqlDatabase = /^Unknown database '([^']{1,200})'/i.exec(message);
  if (mysqlDatabase) return `Unknown database '${clip(mysqlDatabase[1]!)}'`;
  return null;
}

/** Connection-level failures never carry the resolved address or credentials to the client. */
export function connectionFailure(error: unknown): EngineError | null {
  const e = error as { code?: string; message?: string } | null;
  const reason = e?.code ? CONNECTION_REASONS[e.code] : undefined;
  if (reason)
    return new EngineError('CONNECTION_FAILED', 'Could not connect to the data source', undefined, reason);
  const message = e?.message ?? '';
  const refusal = engineRefusal(message);
  if (
    /password authentication failed|Access denied for user|Authentication failed|no pg_hba\.conf entry/i.test(
      message,
    )
  ) {
    return new EngineError(
      'CONNECTION_FAILED',
      `The data source refused the credentials${refusal ? `: ${refusal}` : ''}`,
      undefined,
      'CREDENTIALS',
    );
  }
  if (refusal || e?.code === '3D000' || e?.code === 'ER_BAD_DB_ERROR') {
    return new EngineError(
      'CONNECTION_FAILED',
      `The data source refused the connection${refusal ? `: ${refusal}` : ''}`,
      undefined,
      'DATABASE',
    );
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
