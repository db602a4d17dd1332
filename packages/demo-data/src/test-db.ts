import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';

/** An in-memory DuckDB connection for tests; `close()` releases the instance too. */
export async function openMemoryDb(): Promise<{ connection: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export async function queryRows(connection: DuckDBConnection, sql: string): Promise<unknown[][]> {
  return (await connection.runAndReadAll(sql)).getRowsJS();
}

export async function queryValue(connection: DuckDBConnection, sql: string): Promise<unknown> {
  return (await queryRows(connection, sql))[0]?.[0];
}
