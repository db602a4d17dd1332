import type { DuckDBConnection } from '@duckdb/node-api';
import { qualify } from './ddl.ts';
import { DEMO_TABLE_NAMES } from './schema-description.ts';

export interface TableChecksum {
  rows: number;
  md5: string;
}

/**
 * Row count and an MD5 over every row's text (rows sorted), per demo table: equal checksums
 * mean equal contents. Reads every row, so meant for tests and small scales.
 */
export async function tableChecksums(
  connection: DuckDBConnection,
  options: { schema?: string } = {},
): Promise<Record<string, TableChecksum>> {
  const result: Record<string, TableChecksum> = {};
  for (const name of DEMO_TABLE_NAMES) {
    const reader = await connection.runAndReadAll(
      `SELECT count(*), md5(coalesce(string_agg(t::VARCHAR, chr(10) ORDER BY t::VARCHAR), '')) FROM ${qualify(options.schema, name)} t`,
    );
    const [rows, md5] = reader.getRowsJS()[0] ?? [];
    result[name] = { rows: Number(rows), md5: String(md5) };
  }
  return result;
}
