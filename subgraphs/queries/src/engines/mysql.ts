import mysql, { type Connection as CallbackConnection } from 'mysql2';
import type { FieldPacket, Pool, PoolConnection } from 'mysql2/promise';
import { connectionFailure, scrubMessage } from './errors.ts';
import { groupTables } from './postgres.ts';
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

export interface MysqlSettings {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  ssl?: boolean;
  /** An organization admin allowed a user with more than read privileges (see `dangerousMysqlPrivileges`). */
  allowPrivilegedRole?: boolean;
}

const BATCH = 1_000;

/**
 * Privileges a query user may hold. Everything else is refused (fail closed), because:
 * FILE reads/writes server files (LOAD_FILE, INTO OUTFILE/DUMPFILE, a UDF library), SUPER and the
 * *_ADMIN privileges lift read_only and limits, PROCESS shows other sessions' queries, and any
 * write or DDL privilege matters more than it seems: DDL commits implicitly, leaving the read-only
 * transaction, and INSERT on mysql.* registers a UDF (sys_exec).
 */
const READ_PRIVILEGES = new Set(['USAGE', 'SELECT', 'SHOW VIEW', 'SHOW DATABASES']);

/** The privileges in `SHOW GRANTS` output that a read-only query user should not have. */
export function dangerousMysqlPrivileges(grants: readonly string[]): string[] {
  const found = new Set<string>();
  for (const line of grants) {
    if (/^GRANT\s+PROXY\s+ON/i.test(line)) {
      found.add('PROXY');
      continue;
    }
    const match = /^GRANT\s+(.+?)\s+ON\s+(.+?)\s+TO\s/i.exec(line);
    if (!match) continue; // a role grant (GRANT `role` TO user): the role's own grants are listed too
    // Column lists (SELECT (a, b)) carry commas of their own.
    const privileges = match[1]!
      .replace(/\([^)]*\)/g, '')
      .split(',')
      .map((p) => p.trim().toUpperCase().replace(/\s+/g, ' '));
    for (const privilege of privileges)
      if (privilege && !READ_PRIVILEGES.has(privilege)) found.add(privilege);
    if (/\bWITH\b.*\bGRANT\s+OPTION\b/i.test(line)) found.add('GRANT OPTION');
  }
  return [...found].sort();
}

function privilegedUserError(privileges: readonly string[]): EngineError {
  return new EngineError(
    'PRIVILEGED_ROLE',
    `The data source connects as a user with more than read privileges (${privileges.slice(0, 8).join(', ')}${privileges.length > 8 ? ', …' : ''}). ` +
      'Connect with a user that only has SELECT, or ask an organization admin to allow it explicitly.',
  );
}

async function grantsOf(connection: { query: PoolConnection['query'] }): Promise<string[]> {
  const [rows] = await connection.query<mysql.RowDataPacket[]>({ sql: 'SHOW GRANTS', rowsAsArray: true });
  return (rows as unknown as unknown[][]).map((row) => String(row[0]));
}

/** MySQL and MariaDB: a read-only transaction and a per-statement time limit (each spells its own). */
export function createMysqlEngine(settings: MysqlSettings): QueryEngine {
  const pool: Pool = mysql
    .createPool({
      host: settings.host,
      port: settings.port,
      database: settings.database,
      user: settings.user,
      password: settings.password,
      ssl: settings.ssl ? { rejectUnauthorized: false } : undefined,
      connectionLimit: 5,
      connectTimeout: 5_000,
      dateStrings: true,
      decimalNumbers: true,
      supportBigNumbers: true,
      bigNumberStrings: false,
      multipleStatements: false,
    })
    .promise();
  let mariadb: boolean | undefined;

  async function kill(threadId: number): Promise<void> {
    await pool.query(`KILL QUERY ${Number(threadId)}`).catch(() => undefined);
  }

  function translate(error: unknown, signal: AbortSignal, timedOut: boolean): EngineError {
    if (error instanceof EngineError) return error;
    if (timedOut) return new EngineError('TIMEOUT', 'The query exceeded its time limit');
    if (signal.aborted) return new EngineError('CANCELLED', 'The query was cancelled');
    const e = error as { code?: string; errno?: number; message?: string; sqlMessage?: string };
    if (e.errno === 3024 || e.errno === 1969 || e.code === 'ER_QUERY_TIMEOUT')
      return new EngineError('TIMEOUT', 'The query exceeded its time limit');
    if (e.errno === 1792 || e.code === 'ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION')
      return new EngineError('READ_ONLY_VIOLATION', 'Only read-only statements can run');
    const connection = connectionFailure(error);
    if (connection) return connection;
    return new EngineError('SQL_ERROR', scrubMessage(e.sqlMessage ?? e.message ?? 'Query failed'));
  }

  async function* rows(
    request: ExecuteRequest,
    limit: number,
  ): AsyncGenerator<{ columns: Column[] } | { rows: unknown[][] }> {
    let connection: PoolConnection;
    try {
      connection = await pool.getConnection();
    } catch (error) {
      throw (
        connectionFailure(error) ??
        new EngineError('CONNECTION_FAILED', 'Could not connect to the data source')
      );
    }
    let timedOut = false;
    const threadId = connection.threadId;
    const onAbort = () => void kill(threadId);
    request.signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => {
      timedOut = true;
      void kill(threadId);
    }, request.timeoutMs + 1_000);
    let healthy = true;
    try {
      if (mariadb === undefined) {
        const [version] = await connection.query<mysql.RowDataPacket[]>('SELECT VERSION() AS v');
        mariadb = /mariadb/i.test(String(version[0]?.v));
      }
      const privileges = dangerousMysqlPrivileges(await grantsOf(connection));
      if (privileges.length > 0 && !settings.allowPrivilegedRole) throw privilegedUserError(privileges);
      const seconds = Math.max(0.001, request.timeoutMs / 1000);
      await connection.query(
        mariadb
          ? `SET SESSION max_statement_time = ${seconds}`
          : `SET SESSION max_execution_time = ${Math.ceil(request.timeoutMs)}`,
      );
      await connection.query('START TRANSACTION READ ONLY');
      const raw = (connection as unknown as { connection: CallbackConnection }).connection;
      // Values go through a server-side prepared statement: client-side formatting would also
      // replace a "?" inside a string literal.
      const query =
        request.values.length > 0
          ? raw.execute({ sql: request.sql, values: request.values, rowsAsArray: true })
          : raw.query({ sql: request.sql, rowsAsArray: true });
      const stream = query.stream({ highWaterMark: BATCH });
      let columns: Column[] | null = null;
      stream.on('fields', (fields: FieldPacket[]) => {
        columns = fields.map((f) => ({ name: f.name, type: mysqlType(f) }));
      });
      let sent = 0;
      let batch: unknown[][] = [];
      for await (const row of stream as AsyncIterable<unknown[]>) {
        if (columns) {
          yield { columns };
          columns = null;
        }
        batch.push(row.map(toJsonValue));
        sent += 1;
        if (batch.length >= BATCH) {
          yield { rows: batch };
          batch = [];
        }
        if (sent >= limit) {
          stream.destroy();
          void kill(threadId);
          healthy = false;
          break;
        }
      }
      if (columns) yield { columns };
      if (batch.length > 0) yield { rows: batch };
      if (healthy) await connection.query('ROLLBACK');
    } catch (error) {
      healthy = false;
      throw translate(error, request.signal, timedOut);
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener('abort', onAbort);
      if (healthy) connection.release();
      else connection.destroy();
    }
  }

  return {
    dialect: 'mysql',
    async test(timeoutMs) {
      await this.execute({
        sql: 'SELECT 1',
        values: [],
        maxRows: 1,
        timeoutMs,
        signal: new AbortController().signal,
      });
    },
    execute(request): Promise<QueryResult> {
      return collectCapped(rows(request, request.maxRows + 1), request.maxRows);
    },
    async privileges(): Promise<string[]> {
      let connection: PoolConnection;
      try {
        connection = await pool.getConnection();
      } catch (error) {
        throw (
          connectionFailure(error) ??
          new EngineError('CONNECTION_FAILED', 'Could not connect to the data source')
        );
      }
      try {
        return dangerousMysqlPrivileges(await grantsOf(connection));
      } finally {
        connection.release();
      }
    },
    stream(request): RowStream {
      return rows(request, request.maxRows);
    },
    async introspect(): Promise<TableInfo[]> {
      const [columns] = await pool.query<mysql.RowDataPacket[]>(
        `SELECT table_name AS t, column_name AS c, column_type AS ty FROM information_schema.columns
         WHERE table_schema = DATABASE() ORDER BY table_name, ordinal_position`,
      );
      const [fks] = await pool.query<mysql.RowDataPacket[]>(
        `SELECT table_name AS t, constraint_name AS n, column_name AS c, referenced_table_name AS rt, referenced_column_name AS rc
         FROM information_schema.key_column_usage WHERE table_schema = DATABASE() AND referenced_table_name IS NOT NULL
         ORDER BY constraint_name, ordinal_position`,
      );
      type Fk = {
        schema: null;
        table: string;
        columns: string[];
        referencedTable: string;
        referencedColumns: string[];
      };
      const grouped = new Map<string, Fk>();
      for (const fk of fks) {
        const entry: Fk = grouped.get(fk.n) ?? {
          schema: null,
          table: fk.t,
          columns: [],
          referencedTable: fk.rt,
          referencedColumns: [],
        };
        entry.columns.push(fk.c);
        entry.referencedColumns.push(fk.rc);
        grouped.set(fk.n, entry);
      }
      return groupTables(
        columns.map((c) => ({ schema: null, table: c.t, column: c.c, type: c.ty })),
        [...grouped.values()],
      );
    },
    close: () => pool.end(),
  };
}

function mysqlType(field: FieldPacket): string {
  const names: Record<number, string> = {
    0: 'decimal',
    1: 'tinyint',
    2: 'smallint',
    3: 'int',
    4: 'float',
    5: 'double',
    7: 'timestamp',
    8: 'bigint',
    9: 'mediumint',
    10: 'date',
    11: 'time',
    12: 'datetime',
    13: 'year',
    15: 'varchar',
    16: 'bit',
    245: 'json',
    246: 'decimal',
    252: 'blob',
    253: 'varchar',
    254: 'char',
  };
  return names[field.columnType ?? -1] ?? 'unknown';
}
