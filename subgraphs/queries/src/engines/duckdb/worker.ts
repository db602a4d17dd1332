// Runs inside a worker thread: owns one read-only DuckDB database and executes statements for the
// engine on the main thread (protocol.ts). Results cross as JSON-safe rows, in chunks, with acks
// for streaming so an export never buffers the whole result.
import { parentPort, workerData } from 'node:worker_threads';
import { DuckDBInstance, listValue, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { scrubMessage } from '../errors.ts';
import { groupTables } from '../postgres.ts';
import { toJsonValue, type Column } from '../types.ts';
import type { FromWorker, ToWorker, WorkerOptions } from './protocol.ts';
import { deniedFunctionIn, isBareValues, sandboxSettings } from './sandbox.ts';

const options = workerData as WorkerOptions;
const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);
const CHUNK = 2_048;

const instance = await DuckDBInstance.create(options.path, sandboxSettings(options)).catch(
  (error: unknown) => {
    send({ type: 'fatal', message: scrubMessage(String((error as Error).message)) });
    throw error;
  },
);
const active = new Map<number, DuckDBConnection>();
const acks = new Map<number, () => void>();

function toDuckValue(value: unknown): DuckDBValue {
  if (Array.isArray(value)) return listValue(value.map(toDuckValue));
  return value as DuckDBValue;
}

/** DuckDB's own parser decides what the statement is: only SELECTs serialize; calls are checked. */
async function verify(connection: DuckDBConnection, sql: string): Promise<FromWorker | null> {
  const inner = sql.replace(/^\s*explain\s+/i, '');
  const reader = await connection.runAndReadAll('SELECT json_serialize_sql($1::VARCHAR) AS ast', [inner]);
  const ast = JSON.parse(String(reader.getRows()[0]?.[0])) as {
    error: boolean;
    error_message?: string;
    statements?: unknown[];
  };
  if (ast.error) {
    const readOnly = /only select/i.test(ast.error_message ?? '');
    return {
      type: 'error',
      id: -1,
      code: readOnly ? 'NOT_READ_ONLY' : 'SQL_ERROR',
      message: readOnly
        ? 'Only read-only statements can run'
        : scrubMessage(ast.error_message ?? 'Invalid SQL'),
    };
  }
  if ((ast.statements?.length ?? 0) !== 1)
    return { type: 'error', id: -1, code: 'MULTIPLE_STATEMENTS', message: 'Exactly one statement can run' };
  if (isBareValues(ast.statements?.[0]))
    return {
      type: 'error',
      id: -1,
      code: 'NOT_READ_ONLY',
      message: 'Only read-only queries can run: use SELECT, WITH … SELECT or EXPLAIN SELECT',
    };
  const denied = deniedFunctionIn(ast.statements);
  return denied
    ? {
        type: 'error',
        id: -1,
        code: 'DENIED_FUNCTION',
        message: `${denied} is not allowed: query the tables of the data source`,
      }
    : null;
}

function errorFor(id: number, error: unknown): FromWorker {
  const message = String((error as Error).message ?? error);
  if (/interrupted/i.test(message))
    return { type: 'error', id, code: 'CANCELLED', message: 'The query was cancelled' };
  if (/out of memory|memory limit/i.test(message))
    return { type: 'error', id, code: 'RESOURCE_LIMIT', message: 'The query needs more memory than allowed' };
  if (/read-only mode|read only/i.test(message))
    return { type: 'error', id, code: 'READ_ONLY_VIOLATION', message: 'Only read-only statements can run' };
  const lines = message.split('\n');
  const caret = lines.findIndex((line) => /^\s*\^\s*$/.test(line));
  let position: number | undefined;
  if (caret > 0 && lines[caret - 1]?.startsWith('LINE ')) {
    position = lines[caret]!.indexOf('^') - lines[caret - 1]!.indexOf(':') - 2;
  }
  return {
    type: 'error',
    id,
    code: 'SQL_ERROR',
    message: scrubMessage(lines[0]!),
    ...(position !== undefined && position >= 0 ? { position } : {}),
  };
}

async function execute(message: Extract<ToWorker, { type: 'execute' }>): Promise<void> {
  const connection = await instance.connect();
  active.set(message.id, connection);
  try {
    const refused = await verify(connection, message.sql);
    if (refused) return send({ ...refused, id: message.id } as FromWorker);
    const result = await connection.stream(message.sql, message.values.map(toDuckValue));
    const columns: Column[] = result
      .columnNames()
      .map((name, i) => ({ name, type: result.columnType(i).toString() }));
    const dateColumns = new Set(columns.flatMap((c, i) => (c.type === 'DATE' ? [i] : [])));
    send({ type: 'columns', id: message.id, columns });
    const limit = message.stream ? message.maxRows : message.maxRows + 1;
    let count = 0;
    let pending: unknown[][] = [];
    const flush = async () => {
      if (pending.length === 0) return;
      send({ type: 'rows', id: message.id, rows: pending });
      pending = [];
      if (message.stream) await new Promise<void>((resolve) => acks.set(message.id, resolve));
    };
    outer: for await (const rows of result.yieldRowsJs()) {
      for (const row of rows) {
        pending.push(
          row.map((value, i) =>
            dateColumns.has(i) && value instanceof Date
              ? value.toISOString().slice(0, 10)
              : toJsonValue(value),
          ),
        );
        count += 1;
        if (count >= limit) break outer;
        if (pending.length >= CHUNK) await flush();
      }
    }
    const truncated = !message.stream && count > message.maxRows;
    if (truncated) pending.pop();
    await flush();
    send({ type: 'done', id: message.id, truncated });
  } catch (error) {
    send(errorFor(message.id, error));
  } finally {
    active.delete(message.id);
    acks.delete(message.id);
    connection.closeSync();
  }
}

async function introspect(id: number): Promise<void> {
  const connection = await instance.connect();
  try {
    const columns = (
      await connection.runAndReadAll(
        `SELECT schema_name, table_name, column_name, data_type FROM duckdb_columns() WHERE NOT internal ORDER BY schema_name, table_name, column_index`,
      )
    ).getRowObjectsJS() as {
      schema_name: string;
      table_name: string;
      column_name: string;
      data_type: string;
    }[];
    const constraints = (
      await connection.runAndReadAll(
        `SELECT schema_name, table_name, constraint_column_names, referenced_table, referenced_column_names
       FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY'`,
      )
    ).getRowObjectsJS() as {
      schema_name: string;
      table_name: string;
      constraint_column_names: string[];
      referenced_table: string;
      referenced_column_names: string[];
    }[];
    const tables = groupTables(
      columns.map((c) => ({
        schema: c.schema_name,
        table: c.table_name,
        column: c.column_name,
        type: c.data_type,
      })),
      constraints.map((c) => ({
        schema: c.schema_name,
        table: c.table_name,
        columns: c.constraint_column_names,
        referencedTable: c.referenced_table,
        referencedColumns: c.referenced_column_names,
      })),
    );
    send({ type: 'tables', id, tables });
  } catch (error) {
    send(errorFor(id, error));
  } finally {
    connection.closeSync();
  }
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'execute':
      void execute(message);
      break;
    case 'ack':
      acks.get(message.id)?.();
      break;
    case 'interrupt':
      active.get(message.id)?.interrupt();
      acks.get(message.id)?.();
      break;
    case 'introspect':
      void introspect(message.id);
      break;
  }
});
send({ type: 'ready' });
