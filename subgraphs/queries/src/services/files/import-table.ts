import { open } from 'node:fs/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Compression } from './encoding.ts';
import type { FileFormat } from './naming.ts';
import { xlsxToCsv } from './xlsx.ts';

export interface ImportSource {
  file: string;
  format: FileFormat;
  compression: Compression;
  /** XLSX: the sheet to read (null: the first). */
  sheet: string | null;
  /** XLSX: where the sheet is written as CSV before DuckDB reads it. */
  scratchCsv: string;
  /** XLSX: rows of the sheet to read (a preview); every row when absent. */
  maxRows?: number;
}

export interface ImportOutcome {
  delimiter?: string;
  header?: boolean;
  sheets?: string[];
  sheet?: string;
}

export const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const DELIMITERS = [',', ';', '\t', '|'];

function reader(file: string, format: FileFormat | 'xlsx-csv', compression: Compression): string {
  const compressed = compression ? `, compression=${sqlString(compression)}` : '';
  switch (format) {
    case 'csv':
      return `read_csv(${sqlString(file)}${compressed})`;
    case 'xlsx-csv':
      return `read_csv(${sqlString(file)}, delim=',', quote='"', escape='"', header=true)`;
    case 'json':
      return `read_json(${sqlString(file)}, format='auto'${compressed})`;
    case 'parquet':
    case 'xlsx':
      return `read_parquet(${sqlString(file)})`;
  }
}

async function firstLine(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64 * 1024), 0, 64 * 1024, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').split(/\r?\n/)[0] ?? '';
  } finally {
    await handle.close();
  }
}

/**
 * DuckDB's sniffer gives up on a file whose rows do not all have the same shape and reads it as
 * one text column. When the header clearly has a delimiter, read the file again strictly with
 * that delimiter, so the client learns which row is malformed instead of getting one wide column.
 */
async function strictCsvRead(
  connection: DuckDBConnection,
  table: string,
  file: string,
): Promise<string | null> {
  const header = await firstLine(file);
  const delimiter = DELIMITERS.map((d) => ({ d, n: header.split(d).length - 1 })).sort(
    (a, b) => b.n - a.n,
  )[0]!;
  if (delimiter.n === 0) return null;
  const names = header.split(delimiter.d).map((name, i) => name.trim().replace(/^"|"$/g, '') || `column${i}`);
  const columns = `{${names.map((name, i) => `${sqlString(`${name}${names.indexOf(name) === i ? '' : `_${i}`}`)}: 'VARCHAR'`).join(', ')}}`;
  await connection.run(`DROP TABLE ${ident(table)}`);
  await connection.run(
    `CREATE TABLE ${ident(table)} AS SELECT * FROM read_csv(${sqlString(file)}, auto_detect=false, delim=${sqlString(delimiter.d)}, quote='"', escape='"', ` +
      `header=true, strict_mode=true, columns=${columns})`,
  );
  return delimiter.d;
}

async function columnCount(connection: DuckDBConnection, table: string): Promise<number> {
  const reader = await connection.runAndReadAll(
    `SELECT count(*) FROM duckdb_columns() WHERE database_name = current_database() AND table_name = $1`,
    [table],
  );
  return Number(reader.getRows()[0]?.[0] ?? 0);
}

async function sniffedDialect(
  connection: DuckDBConnection,
  file: string,
  compression: Compression,
): Promise<{ delimiter?: string; header?: boolean }> {
  if (compression) return {};
  const rows = (
    await connection.runAndReadAll(`SELECT "Delimiter", "HasHeader" FROM sniff_csv(${sqlString(file)})`)
  ).getRows();
  return rows[0] ? { delimiter: String(rows[0][0]), header: Boolean(rows[0][1]) } : {};
}

/**
 * Creates `table` in the connection's database from the uploaded file: DuckDB's readers with
 * their own sniffing (CSV dialect, header and types; JSON array or NDJSON), XLSX through a CSV
 * written from the sheet. Throws the engine's error for a malformed file.
 */
export async function importTable(
  connection: DuckDBConnection,
  table: string,
  source: ImportSource,
): Promise<ImportOutcome> {
  if (source.format === 'xlsx') {
    const { sheets, sheet } = await xlsxToCsv(source.file, source.scratchCsv, source.sheet, source.maxRows);
    await connection.run(
      `CREATE TABLE ${ident(table)} AS SELECT * FROM ${reader(source.scratchCsv, 'xlsx-csv', null)}`,
    );
    return { sheets, sheet };
  }
  await connection.run(
    `CREATE TABLE ${ident(table)} AS SELECT * FROM ${reader(source.file, source.format, source.compression)}`,
  );
  if (source.format !== 'csv') return {};
  if (source.compression === null && (await columnCount(connection, table)) === 1) {
    const delimiter = await strictCsvRead(connection, table, source.file);
    if (delimiter) return { delimiter, header: true };
  }
  return sniffedDialect(connection, source.file, source.compression);
}
