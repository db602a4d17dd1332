import { randomUUID } from 'node:crypto';
import { connectionFailure, scrubMessage } from './errors.ts';
import { groupTables } from './postgres.ts';
import { EngineError, toJsonValue, type Column, type ExecuteRequest, type QueryEngine, type QueryResult, type RowStream, type TableInfo } from './types.ts';

export interface ClickhouseSettings {
  /** http(s)://host:8123 */
  url: string;
  database: string;
  user: string;
  password: string;
}

/**
 * ClickHouse over its HTTP interface. Works on 18.16 and on current releases: no server-side
 * parameters (values are inlined by the guard's escaping), JSONCompact output, and limits as
 * settings: readonly, max_execution_time, max_result_rows with result_overflow_mode=break.
 */
export function createClickhouseEngine(settings: ClickhouseSettings): QueryEngine {
  const auth = 'Basic ' + Buffer.from(`${settings.user}:${settings.password}`).toString('base64');

  async function post(sql: string, params: Record<string, string>, signal: AbortSignal): Promise<string> {
    const url = new URL(settings.url);
    url.searchParams.set('database', settings.database);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers: { authorization: auth }, body: sql, signal });
    } catch (error) {
      if (signal.aborted) throw error;
      throw connectionFailure((error as { cause?: unknown }).cause ?? error) ?? new EngineError('CONNECTION_FAILED', 'Could not connect to the data source');
    }
    const text = await response.text();
    if (!response.ok) throw clickhouseError(text, response.status);
    return text;
  }

  async function kill(queryId: string): Promise<void> {
    await post(`KILL QUERY WHERE query_id = '${queryId}'`, {}, AbortSignal.timeout(5_000)).catch(() => undefined);
  }

  async function run(request: ExecuteRequest, limit: number): Promise<QueryResult> {
    const queryId = request.requestId ? `${request.requestId.slice(0, 64)}:${randomUUID()}` : randomUUID();
    const controller = new AbortController();
    const onAbort = () => {
      controller.abort();
      void kill(queryId);
    };
    request.signal.addEventListener('abort', onAbort, { once: true });
    try {
      const text = await post(`${request.sql}\nFORMAT JSONCompact`, {
        query_id: queryId,
        readonly: '2',
        max_execution_time: String(Math.max(1, Math.ceil(request.timeoutMs / 1000))),
        timeout_overflow_mode: 'throw',
        max_result_rows: String(limit),
        result_overflow_mode: 'break',
        output_format_json_quote_64bit_integers: '0',
      }, controller.signal);
      const body = JSON.parse(text) as { meta: { name: string; type: string }[]; data: unknown[][] };
      const rows = body.data.slice(0, limit).map((row) => row.map(toJsonValue));
      const columns: Column[] = body.meta.map((m) => ({ name: m.name, type: m.type }));
      return { columns, rows, truncated: false };
    } catch (error) {
      if (error instanceof EngineError) throw error;
      if (request.signal.aborted) throw new EngineError('CANCELLED', 'The query was cancelled');
      throw new EngineError('SQL_ERROR', scrubMessage((error as Error).message));
    } finally {
      request.signal.removeEventListener('abort', onAbort);
    }
  }

  return {
    dialect: 'clickhouse',
    async test(timeoutMs) {
      await run({ sql: 'SELECT 1', values: [], maxRows: 1, timeoutMs, signal: new AbortController().signal }, 1);
    },
    async execute(request) {
      // result_overflow_mode=break stops at a block boundary at or past the cap; one extra row tells truncation.
      const result = await run(request, request.maxRows + 1);
      const truncated = result.rows.length > request.maxRows;
      return { ...result, rows: truncated ? result.rows.slice(0, request.maxRows) : result.rows, truncated };
    },
    async *stream(request): RowStream {
      const result = await run(request, request.maxRows);
      yield { columns: result.columns };
      for (let i = 0; i < result.rows.length; i += 1_000) yield { rows: result.rows.slice(i, i + 1_000) };
    },
    async introspect(): Promise<TableInfo[]> {
      const text = await post(
        `SELECT table, name, type FROM system.columns WHERE database = currentDatabase() ORDER BY table, position FORMAT JSONCompact`,
        { readonly: '2' },
        AbortSignal.timeout(10_000),
      );
      const body = JSON.parse(text) as { data: [string, string, string][] };
      return groupTables(body.data.map(([table, column, type]) => ({ schema: null, table, column, type })));
    },
    async close() {},
  };
}

function clickhouseError(text: string, status: number): EngineError {
  const message = text.replace(/^Code: \d+, e\.displayText\(\) = DB::Exception: /, '').replace(/^Code: \d+\. DB::Exception: /, '');
  if (/TIMEOUT_EXCEEDED|Timeout exceeded/i.test(text)) return new EngineError('TIMEOUT', 'The query exceeded its time limit');
  if (/readonly mode|Cannot execute query in readonly/i.test(text)) return new EngineError('READ_ONLY_VIOLATION', 'Only read-only statements can run');
  if (status === 401 || status === 403 || /Authentication failed|password is incorrect/i.test(text)) {
    return new EngineError('CONNECTION_FAILED', 'The data source refused the credentials');
  }
  const position = /failed at position (\d+)/.exec(text);
  return new EngineError('SQL_ERROR', scrubMessage(message.replace(/\s*\(version [^)]*\)\s*$/, '')), position ? Number(position[1]) - 1 : undefined);
}
