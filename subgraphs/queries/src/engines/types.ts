import type { Engine as Dialect } from '@tessera/sql-guard';

export type { Dialect };

export interface Column {
  name: string;
  type: string;
}

export interface ForeignKeyInfo {
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
}

export interface TableInfo {
  name: string;
  schema: string | null;
  columns: Column[];
  foreignKeys: ForeignKeyInfo[];
}

export interface ExecuteRequest {
  /** Guarded, parameter-bound SQL text for this engine. */
  sql: string;
  values: unknown[];
  maxRows: number;
  timeoutMs: number;
  signal: AbortSignal;
  /** The request id, so engine-side logs name the request (application_name, query_id). */
  requestId?: string;
}

export interface QueryResult {
  columns: Column[];
  /** JSON-safe values: numbers, strings, booleans, null. */
  rows: unknown[][];
  truncated: boolean;
}

/** Rows in batches, for exports; `columns` arrives first. */
export type RowStream = AsyncGenerator<{ columns: Column[] } | { rows: unknown[][] }, void, void>;

/**
 * One connected data source. Every engine runs statements read-only in its own way (read-only
 * transaction, readonly settings, a locked DuckDB), with a timeout, a row cap and cancellation.
 */
export interface QueryEngine {
  readonly dialect: Dialect;
  test(timeoutMs: number): Promise<void>;
  introspect(): Promise<TableInfo[]>;
  execute(request: ExecuteRequest): Promise<QueryResult>;
  /**
   * Server-level privileges of the connecting role/user that make a sandbox escape possible
   * (empty when it is least-privilege). Engines without such a notion return [].
   */
  privileges(): Promise<string[]>;
  stream(request: ExecuteRequest): RowStream;
  close(): Promise<void>;
}

/**
 * Failures an engine reports, before they become `QueryRun.error`. The engine-exact gates (the
 * PostgreSQL parser, DuckDB's json_serialize_sql) refuse with sql-guard's codes; PRIVILEGED_ROLE is
 * a source whose role or user holds server-level privileges without an admin's override.
 */
export type EngineErrorCode =
  | 'SQL_ERROR'
  | 'TIMEOUT'
  | 'CANCELLED'
  | 'CONNECTION_FAILED'
  | 'READ_ONLY_VIOLATION'
  | 'RESOURCE_LIMIT'
  | 'PARSE_ERROR'
  | 'MULTIPLE_STATEMENTS'
  | 'NOT_READ_ONLY'
  | 'DENIED_FUNCTION'
  | 'DENIED_KEYWORD'
  | 'PRIVILEGED_ROLE';

export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
    readonly position?: number,
    /** Why a connection failed (REFUSED, UNKNOWN_HOST, TIMED_OUT, …): lets the caller name the host the user typed. */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

/** JSON-safe cell values: bigints become numbers when exact, dates ISO strings, bytes base64. */
export function toJsonValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint')
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (typeof value === 'object')
    return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));
  return value;
}

/**
 * A capped result from a row stream that was asked for one row more than the cap: the extra row
 * only says the result was truncated.
 */
export async function collectCapped(
  parts: AsyncIterable<{ columns: Column[] } | { rows: unknown[][] }>,
  maxRows: number,
): Promise<QueryResult> {
  let columns: Column[] = [];
  const rows: unknown[][] = [];
  for await (const part of parts) {
    if ('columns' in part) columns = part.columns;
    else for (const row of part.rows) rows.push(row);
  }
  const truncated = rows.length > maxRows;
  return { columns, rows: truncated ? rows.slice(0, maxRows) : rows, truncated };
}
