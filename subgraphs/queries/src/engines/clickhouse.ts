import { randomUUID } from 'node:crypto';
import {
  ClickHouseLogLevel,
  createClient,
  type ClickHouseClient,
  type ClickHouseSettings,
} from '@clickhouse/client';
import { connectionFailure, scrubMessage } from './errors.ts';
import { groupTables } from './postgres.ts';
import {
  EngineError,
  toJsonValue,
  type Column,
  type ExecuteRequest,
  type QueryEngine,
  type QueryResult,
  type RowStream,
  type TableInfo,
} from './types.ts';

export interface ClickhouseSettings {
  /** http(s)://host:8123 */
  url: string;
  database: string;
  user: string;
  password: string;
}

/**
 * Limits for every statement. readonly=1 (not 2): the server itself then refuses any change of
 * settings — a `SETTINGS max_execution_time = 0` clause or a SET — so the time limit and the row
 * cap hold even if a statement got past sql-guard, and it refuses table functions (url(), file(),
 * remote(), numbers()…) too. ClickHouse 18.16 has no settings constraints (profiles with
 * <constraints> came in 19.x), so readonly=1 is the way to pin limits there and on current servers.
 */
export function statementSettings(timeoutMs: number, maxRows: number): ClickHouseSettings {
  return {
    readonly: '1',
    max_execution_time: Math.max(1, Math.ceil(timeoutMs / 1000)),
    timeout_overflow_mode: 'throw',
    max_result_rows: String(maxRows),
    result_overflow_mode: 'break',
    output_format_json_quote_64bit_integers: 0,
  };
}

/**
 * Listing tables and columns: system.columns has `position` only on newer servers (not 18.16,
 * the T9 bug). Without it the server already lists each table's columns in definition order.
 */
export function introspectionSql(hasPosition: boolean): string {
  return hasPosition
    ? 'SELECT table, name, type FROM system.columns WHERE database = currentDatabase() ORDER BY table, position'
    : 'SELECT table, name, type FROM system.columns WHERE database = currentDatabase()';
}

/** How long past its time limit a statement may run before it is killed from here. */
const KILL_GRACE_MS = 1_000;

const GENERIC_ANSWER = 'The server did not answer like a ClickHouse server';

/** Only text that really comes from ClickHouse reaches the user: anything else could be an SSRF target's body. */
function isClickhouseAnswer(headers: Record<string, unknown>): boolean {
  return Object.keys(headers).some((name) => name.toLowerCase().startsWith('x-clickhouse-'));
}

/** query_id is also used inside KILL QUERY: keep it to characters that need no quoting. */
const safeId = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64);

/**
 * ClickHouse through @clickhouse/client (HTTP). Works on 18.16 and on current releases: no
 * server-side parameters (values are inlined by the guard's escaping), JSONCompact output, no
 * compression settings sent, limits as per-query settings (statementSettings).
 */
export function createClickhouseEngine(settings: ClickhouseSettings): QueryEngine {
  // The client reads a URL path as the database name: the database is a setting of its own.
  const url = new URL(settings.url);
  url.pathname = '/';
  url.search = '';
  const client: ClickHouseClient = createClient({
    url: url.toString(),
    username: settings.user,
    password: settings.password,
    database: settings.database,
    compression: { request: false, response: false },
    request_timeout: 300_000,
    max_open_connections: 5,
    log: { level: ClickHouseLogLevel.OFF },
  });

  function failure(error: unknown, signal?: AbortSignal): EngineError {
    if (error instanceof EngineError) return error;
    if (signal?.aborted) return new EngineError('CANCELLED', 'The query was cancelled');
    const connection = connectionFailure(error) ?? connectionFailure((error as { cause?: unknown }).cause);
    if (connection) return connection;
    const text = String((error as { message?: string }).message ?? '');
    // ClickHouse's own errors start with "Code: N"; a body in any other shape came from something else.
    if (!/^Code: \d+[.,]/.test(text)) return new EngineError('CONNECTION_FAILED', GENERIC_ANSWER);
    return clickhouseError(text);
  }

  async function select(
    sql: string,
    clickhouseSettings: ClickHouseSettings,
    signal: AbortSignal,
    queryId?: string,
  ): Promise<{ meta: { name: string; type: string }[]; data: unknown[][] }> {
    const result = await client.query({
      query: sql,
      format: 'JSONCompact',
      clickhouse_settings: clickhouseSettings,
      abort_signal: signal,
      ...(queryId ? { query_id: queryId } : {}),
    });
    if (!isClickhouseAnswer(result.response_headers)) {
      result.close();
      throw new EngineError('CONNECTION_FAILED', GENERIC_ANSWER);
    }
    try {
      return (await result.json()) as { meta: { name: string; type: string }[]; data: unknown[][] };
    } catch (error) {
      if (signal.aborted) throw error;
      throw new EngineError('CONNECTION_FAILED', GENERIC_ANSWER);
    }
  }

  async function kill(queryId: string): Promise<void> {
    await client
      .command({
        query: `KILL QUERY WHERE query_id = '${queryId}'`,
        abort_signal: AbortSignal.timeout(5_000),
      })
      .catch(() => undefined);
  }

  async function run(request: ExecuteRequest, limit: number): Promise<QueryResult> {
    const queryId = request.requestId ? `${safeId(request.requestId)}-${randomUUID()}` : randomUUID();
    const controller = new AbortController();
    const onAbort = () => {
      controller.abort();
      void kill(queryId);
    };
    request.signal.addEventListener('abort', onAbort, { once: true });
    // max_execution_time is checked between blocks only (a large JOIN being built is not
    // interrupted): past the limit plus a grace period, stop waiting and kill the query.
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
      void kill(queryId);
    }, request.timeoutMs + KILL_GRACE_MS);
    try {
      const body = await select(
        request.sql,
        statementSettings(request.timeoutMs, limit),
        controller.signal,
        queryId,
      );
      const rows = body.data.slice(0, limit).map((row) => row.map(toJsonValue));
      const columns: Column[] = body.meta.map((m) => ({ name: m.name, type: m.type }));
      return { columns, rows, truncated: false };
    } catch (error) {
      if (timedOut && !request.signal.aborted)
        throw new EngineError('TIMEOUT', 'The query exceeded its time limit');
      throw failure(error, request.signal);
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener('abort', onAbort);
    }
  }

  let hasPosition: Promise<boolean> | null = null;

  return {
    dialect: 'clickhouse',
    async test(timeoutMs) {
      await run(
        { sql: 'SELECT 1', values: [], maxRows: 1, timeoutMs, signal: new AbortController().signal },
        1,
      );
    },
    async execute(request) {
      // result_overflow_mode=break stops at a block boundary at or past the cap; one extra row tells truncation.
      const result = await run(request, request.maxRows + 1);
      const truncated = result.rows.length > request.maxRows;
      return { ...result, rows: truncated ? result.rows.slice(0, request.maxRows) : result.rows, truncated };
    },
    async privileges() {
      // Every statement carries readonly=1: the server refuses writes and setting changes whatever the user may do.
      return [];
    },
    async *stream(request): RowStream {
      const result = await run(request, request.maxRows);
      yield { columns: result.columns };
      for (let i = 0; i < result.rows.length; i += 1_000) yield { rows: result.rows.slice(i, i + 1_000) };
    },
    async introspect(): Promise<TableInfo[]> {
      const signal = AbortSignal.timeout(10_000);
      const limits = { readonly: '1', max_execution_time: 10 } satisfies ClickHouseSettings;
      try {
        hasPosition ??= select(
          "SELECT count() FROM system.columns WHERE database = 'system' AND table = 'columns' AND name = 'position'",
          limits,
          signal,
        )
          .then((body) => Number(body.data[0]?.[0]) > 0)
          .catch((error: unknown) => {
            hasPosition = null;
            throw error;
          });
        const body = await select(introspectionSql(await hasPosition), limits, signal);
        const columns = (body.data as [string, string, string][]).map(([table, column, type]) => ({
          schema: null,
          table,
          column,
          type,
        }));
        // Stable sort by table keeps each table's columns in the server's (definition) order.
        columns.sort((a, b) => (a.table < b.table ? -1 : a.table > b.table ? 1 : 0));
        return groupTables(columns);
      } catch (error) {
        throw failure(error);
      }
    },
    async close() {
      await client.close();
    },
  };
}

function clickhouseError(text: string): EngineError {
  const message = text
    .replace(/^Code: \d+, e\.displayText\(\) = DB::Exception: /, '')
    .replace(/, e\.what\(\) = DB::Exception\s*$/, '')
    .replace(/^Code: \d+\. DB::Exception: /, '');
  if (/TIMEOUT_EXCEEDED|Timeout exceeded/i.test(text))
    return new EngineError('TIMEOUT', 'The query exceeded its time limit');
  if (/Memory limit \(.*\) exceeded/i.test(text))
    return new EngineError('RESOURCE_LIMIT', 'The query needs more memory than allowed');
  if (/readonly mode|Cannot execute query in readonly|Cannot modify .* setting in readonly/i.test(text))
    return new EngineError('READ_ONLY_VIOLATION', 'Only read-only statements can run');
  if (/Authentication failed|password is incorrect|Code: 516[.,]|Code: 192[.,]|Code: 193[.,]/i.test(text)) {
    return new EngineError('CONNECTION_FAILED', 'The data source refused the credentials');
  }
  const position = /failed at position (\d+)/.exec(text);
  return new EngineError(
    'SQL_ERROR',
    scrubMessage(message.replace(/\s*\(version [^)]*\)\s*$/, '')),
    position ? Number(position[1]) - 1 : undefined,
  );
}
