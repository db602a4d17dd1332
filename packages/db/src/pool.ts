import { AppError, ErrorCode } from '@tessera/errors';
import pg from 'pg';

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

export interface PoolOptions {
  max?: number;
  applicationName?: string;
  /** Waiting for a free connection (or for a new one to open) gives up after this. Default 5 s. */
  connectionTimeoutMs?: number;
  /** Server-side statement_timeout on every connection; 0 disables (migrations). Default 10 s. */
  statementTimeoutMs?: number;
  /** Server-side lock_timeout: a statement waiting on another session's lock gives up. Default 5 s; 0 disables. */
  lockTimeoutMs?: number;
  /**
   * Client-side query_timeout: a server that stopped answering (paused, partitioned) cannot hold a
   * request either. Default statement timeout + 2 s; 0 disables.
   */
  queryTimeoutMs?: number;
}

export const DEFAULT_POOL_TIMEOUTS = {
  connectionTimeoutMs: 5_000,
  statementTimeoutMs: 10_000,
  lockTimeoutMs: 5_000,
} as const;

/** What a client sees when the database stalls or is down: UNAVAILABLE (HTTP 503 at the edge), never the driver's text. */
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is not answering right now; try again shortly';

// SQLSTATEs of a stall or an outage: statement timeout / cancel, lock timeout, the server shutting
// down or refusing connections, too many connections, and every connection exception (class 08).
const UNAVAILABLE_SQLSTATES = new Set(['57014', '55P03', '57P01', '57P02', '57P03', '53300', '53400']);
const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
const UNAVAILABLE_MESSAGES = [
  /^Query read timeout$/,
  /timeout exceeded when trying to connect/,
  /^Connection terminated/,
  /^connection timeout/i,
];

/** True for a driver error that means "the database stalled or is unreachable", not a bug in the statement. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (
    typeof code === 'string' &&
    (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || UNAVAILABLE_ERRNOS.has(code))
  )
    return true;
  return UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(error.message));
}

/** A stall or outage becomes AppError(UNAVAILABLE) with the driver error as cause; anything else is returned as it is. */
export function toUnavailable(error: unknown): unknown {
  if (error instanceof AppError || !isDatabaseUnavailable(error)) return error;
  return new AppError(ErrorCode.UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE, { cause: error });
}

type Callback = (error: Error | null, ...rest: unknown[]) => void;

/** A client whose failed queries are translated by toUnavailable (promise and callback forms). */
class ServiceClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      const callback = last as Callback;
      args[args.length - 1] = (error: Error | null, ...rest: unknown[]) =>
        callback(error ? (toUnavailable(error) as Error) : error, ...rest);
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise)
      return result.catch((error: unknown) => Promise.reject(toUnavailable(error)));
    return result;
  }
}

/** A pool whose connection failures (timeouts, refused, terminated) are translated by toUnavailable. */
class ServicePool extends pg.Pool {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override connect(...args: any[]): any {
    const callback = args[0] as Callback | undefined;
    if (typeof callback === 'function') {
      return super.connect((error, client, done) =>
        callback(error ? (toUnavailable(error) as Error) : null, client, done),
      );
    }
    return super.connect().catch((error: unknown) => Promise.reject(toUnavailable(error)));
  }
}

/**
 * A service's pool. Nothing waits for the database without a bound: opening or waiting for a
 * connection (connectionTimeoutMs), a statement (statement_timeout), a lock held by another session
 * (lock_timeout), a server that stopped answering (query_timeout), a transaction left open
 * (idle_in_transaction_session_timeout). Each of those ends as AppError(UNAVAILABLE).
 */
export function createPool(connectionString: string, options: PoolOptions = {}): Pool {
  const statementTimeout = options.statementTimeoutMs ?? DEFAULT_POOL_TIMEOUTS.statementTimeoutMs;
  const lockTimeout = options.lockTimeoutMs ?? DEFAULT_POOL_TIMEOUTS.lockTimeoutMs;
  const queryTimeout = options.queryTimeoutMs ?? (statementTimeout > 0 ? statementTimeout + 2_000 : 0);
  const pool = new ServicePool({
    connectionString,
    Client: ServiceClient,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'tessera',
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? DEFAULT_POOL_TIMEOUTS.connectionTimeoutMs,
    ...(statementTimeout > 0
      ? {
          statement_timeout: statementTimeout,
          idle_in_transaction_session_timeout: Math.max(statementTimeout * 3, 30_000),
        }
      : {}),
    ...(lockTimeout > 0 ? { lock_timeout: lockTimeout } : {}),
    ...(queryTimeout > 0 ? { query_timeout: queryTimeout } : {}),
  });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  return pool;
}
