import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const quoteText = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/**
 * Loads every CSV and Parquet file of a directory as one table named after the file, the way a
 * multi-table FILE source reads them (DuckDB's own type detection, no keys, no comments).
 */
export async function loadFileDataset(connection: DuckDBConnection, dir: string): Promise<string[]> {
  const tables: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    const ext = path.extname(file).toLowerCase();
    const reader = ext === '.csv' ? 'read_csv_auto' : ext === '.parquet' ? 'read_parquet' : null;
    if (!reader) continue;
    const table = path.basename(file, ext);
    await connection.run(
      `CREATE TABLE ${quoteIdent(table)} AS SELECT * FROM ${reader}(${quoteText(path.join(dir, file))})`,
    );
    tables.push(table);
  }
  return tables;
}
