import pg from 'pg';
import Cursor from 'pg-cursor';
import { connectionFailure, scrubMessage } from './errors.ts';
import { checkPostgresStatement } from './postgres-gate.ts';
import {
  collectCapped,
  EngineError,
  toJsonValue,
  type Column,
  type ExecuteRequest,
  type QueryEngine,
  type QueryResult,
  type RowStream,
  type TableInfo,
} from './types.ts';

export interface PostgresSettings {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  ssl?: boolean;
  /**
   * An organization admin allowed a role with server-level privileges (superuser, or a member of
   * pg_read_server_files / pg_write_server_files / pg_execute_server_program). Off by default:
   * such a source is refused before any statement runs.
   */
  allowPrivilegedRole?: boolean;
}

/** Roles whose membership lets SQL read or write server files or run programs. */
export const DANGEROUS_POSTGRES_ROLES = [
  'pg_read_server_files',
  'pg_write_server_files',
  'pg_execute_server_program',
] as const;

/** The connecting role's server-level privileges: 'superuser' and the dangerous roles it is a member of. */
const PRIVILEGES_SQL = `SELECT array_remove(ARRAY[CASE WHEN r.rolsuper THEN 'superuser' END], NULL)
    || ARRAY(SELECT b.rolname::text FROM pg_roles b
             WHERE b.rolname IN (${DANGEROUS_POSTGRES_ROLES.map((r) => `'${r}'`).join(', ')})
               AND pg_has_role(current_user, b.oid, 'MEMBER') ORDER BY 1) AS privileges
  FROM pg_roles r WHERE r.rolname = current_user`;

/**
 * Every statement: pg_catalog first in the search path (a table or function the source's owner
 * created cannot shadow a built-in), then the role's own schema and public, temporary objects last.
 */
export const PINNED_SEARCH_PATH = 'pg_catalog, "$user", public, pg_temp';

export function privilegedRoleError(privileges: readonly string[]): EngineError {
  return new EngineError(
    'PRIVILEGED_ROLE',
    `The data source connects as a role with server-level privileges (${privileges.join(', ')}). ` +
      'Connect with a read-only role, or ask an organization admin to allow it explicitly.',
  );
}

const TYPE_NAMES: Record<number, string> = {
  16: 'boolean',
  20: 'bigint',
  21: 'smallint',
  23: 'integer',
  25: 'text',
  114: 'json',
  700: 'real',
  701: 'double precision',
  1042: 'char',
  1043: 'varchar',
  1082: 'date',
  1083: 'time',
  1114: 'timestamp',
  1184: 'timestamptz',
  1700: 'numeric',
  2950: 'uuid',
  3802: 'jsonb',
  1186: 'interval',
  17: 'bytea',
};

/** Numbers as numbers, dates as ISO dates: what a chart or a CSV wants. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20 || oid === 1700 || oid === 700 || oid === 701)
      return (v: string) => (Number.isSafeInteger(Number(v)) || oid !== 20 ? Number(v) : v);
    if (oid === 1082) return (v: string) => v;
    return pg.types.getTypeParser(oid, format);
  },
};

const BATCH = 1_000;

export function createPostgresEngine(settings: PostgresSettings): QueryEngine {
  const pool = new pg.Pool({
    host: settings.host,
    port: settings.port,
    database: settings.database,
    user: settings.user,
    password: settings.password,
    ssl: settings.ssl ? { rejectUnauthorized: false } : undefined,
    max: 5,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
    application_name: 'tessera-query',
    types,
  });
  pool.on('error', () => undefined);
  // Every session is read-only by default, with a time limit and the pinned search path, so even a
  // statement outside our transactions (introspection) cannot write or run unbounded. Sent as the
  // first query on each new connection (queued before any other), not as startup `options`, which
  // connection poolers such as PgBouncer refuse.
  pool.on('connect', (client) => {
    client
      .query(
        `SET default_transaction_read_only = on; SET statement_timeout = 30000; SET search_path = ${PINNED_SEARCH_PATH}`,
      )
      .catch(() => undefined);
  });

  async function cancelBackend(pid: number): Promise<void> {
    const client = new pg.Client({ ...pool.options, types } as pg.ClientConfig);
    try {
      await client.connect();
      await client.query('SELECT pg_cancel_backend($1)', [pid]);
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  function translate(error: unknown, signal: AbortSignal): EngineError {
    if (error instanceof EngineError) return error;
    if (signal.aborted) return new EngineError('CANCELLED', 'The query was cancelled');
    const e = error as { code?: string; message?: string; position?: string };
    if (e.code === '57014') return new EngineError('TIMEOUT', 'The query exceeded its time limit');
    if (e.code === '25006')
      return new EngineError('READ_ONLY_VIOLATION', 'Only read-only statements can run');
    const connection = connectionFailure(error);
    if (connection) return connection;
    const position = e.position ? Number(e.position) - 1 : undefined;
    return new EngineError('SQL_ERROR', scrubMessage(e.message ?? 'Query failed'), position);
  }

  async function* rows(
    request: ExecuteRequest,
    limit: number,
  ): AsyncGenerator<{ columns: Column[] } | { rows: unknown[][] }> {
    const refusal = await checkPostgresStatement(request.sql);
    if (refusal) throw new EngineError(refusal.code, refusal.message);
    const client = await pool.connect().catch((error: unknown) => {
      throw (
        connectionFailure(error) ??
        new EngineError('CONNECTION_FAILED', 'Could not connect to the data source')
      );
    });
    const pid = (client as unknown as { processID: number }).processID;
    const onAbort = () => void cancelBackend(pid).catch(() => undefined);
    request.signal.addEventListener('abort', onAbort, { once: true });
    let healthy = true;
    try {
      // One round trip: the read-only transaction, its limits, and who we are connected as.
      const setup = [
        'BEGIN READ ONLY',
        `SET LOCAL statement_timeout = ${Math.max(1, Math.floor(request.timeoutMs))}`,
        `SET LOCAL idle_in_transaction_session_timeout = ${Math.max(1000, Math.floor(request.timeoutMs) + 5000)}`,
        `SET LOCAL search_path = ${PINNED_SEARCH_PATH}`,
        ...(request.requestId
          ? [
              `SET LOCAL application_name = ${client.escapeLiteral(`tessera:${request.requestId}`.slice(0, 63))}`,
            ]
          : []),
        PRIVILEGES_SQL,
      ];
      const results = (await client.query(setup.join(';\n'))) as unknown as pg.QueryResult<{
        privileges: string[];
      }>[];
      const privileges = results[results.length - 1]?.rows[0]?.privileges ?? [];
      if (privileges.length > 0 && !settings.allowPrivilegedRole) throw privilegedRoleError(privileges);
      const cursor = client.query(new Cursor(request.sql, request.values, { rowMode: 'array', types }));
      let sent = 0;
      let first = true;
      while (sent < limit) {
        const batch: unknown[][] = await cursor.read(Math.min(BATCH, limit - sent));
        if (first) {
          const fields =
            (cursor as unknown as { _result?: { fields?: { name: string; dataTypeID: number }[] } })._result
              ?.fields ?? [];
          yield {
            columns: fields.map((f) => ({
              name: f.name,
              type: TYPE_NAMES[f.dataTypeID] ?? `oid:${f.dataTypeID}`,
            })),
          };
          first = false;
        }
        if (batch.length === 0) break;
        sent += batch.length;
        yield { rows: batch.map((row) => row.map(toJsonValue)) };
      }
      await cursor.close();
      await client.query('ROLLBACK');
    } catch (error) {
      healthy = false;
      await client.query('ROLLBACK').catch(() => undefined);
      throw translate(error, request.signal);
    } finally {
      request.signal.removeEventListener('abort', onAbort);
      client.release(!healthy);
    }
  }

  return {
    dialect: 'postgres',
    async test(timeoutMs) {
      const controller = new AbortController();
      await this.execute({ sql: 'SELECT 1', values: [], maxRows: 1, timeoutMs, signal: controller.signal });
    },
    execute(request): Promise<QueryResult> {
      return collectCapped(rows(request, request.maxRows + 1), request.maxRows);
    },
    async privileges(): Promise<string[]> {
      const client = await pool.connect().catch((error: unknown) => {
        throw (
          connectionFailure(error) ??
          new EngineError('CONNECTION_FAILED', 'Could not connect to the data source')
        );
      });
      try {
        const { rows: found } = await client.query<{ privileges: string[] }>(PRIVILEGES_SQL);
        return found[0]?.privileges ?? [];
      } finally {
        client.release();
      }
    },
    stream(request): RowStream {
      return rows(request, request.maxRows);
    },
    async introspect(): Promise<TableInfo[]> {
      const { rows: columns } = await pool.query<{
        table_schema: string;
        table_name: string;
        column_name: string;
        data_type: string;
      }>(
        `SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns
         WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg_toast%'
         ORDER BY table_schema, table_name, ordinal_position`,
      );
      const { rows: fks } = await pool.query<{
        schema: string;
        table: string;
        columns: string[];
        ref_table: string;
        ref_columns: string[];
      }>(
        `SELECT n.nspname AS schema, c.relname AS table,
                array(SELECT a.attname::text FROM unnest(con.conkey) k JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k) AS columns,
                rc.relname AS ref_table,
                array(SELECT a.attname::text FROM unnest(con.confkey) k JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k) AS ref_columns
         FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_class rc ON rc.oid = con.confrelid WHERE con.contype = 'f'`,
      );
      return groupTables(
        columns.map((c) => ({
          schema: c.table_schema,
          table: c.table_name,
          column: c.column_name,
          type: c.data_type,
        })),
        fks.map((f) => ({
          schema: f.schema,
          table: f.table,
          columns: f.columns,
          referencedTable: f.ref_table,
          referencedColumns: f.ref_columns,
        })),
      );
    },
    close: () => pool.end(),
  };
}

export function groupTables(
  columns: { schema: string | null; table: string; column: string; type: string }[],
  foreignKeys: {
    schema: string | null;
    table: string;
    columns: string[];
    referencedTable: string;
    referencedColumns: string[];
  }[] = [],
): TableInfo[] {
  const tables = new Map<string, TableInfo>();
  for (const c of columns) {
    const key = `${c.schema ?? ''}.${c.table}`;
    const table = tables.get(key) ?? { name: c.table, schema: c.schema, columns: [], foreignKeys: [] };
    table.columns.push({ name: c.column, type: c.type });
    tables.set(key, table);
  }
  for (const fk of foreignKeys) {
    tables.get(`${fk.schema ?? ''}.${fk.table}`)?.foreignKeys.push({
      columns: fk.columns,
      referencedTable: fk.referencedTable,
      referencedColumns: fk.referencedColumns,
    });
  }
  return [...tables.values()];
}
