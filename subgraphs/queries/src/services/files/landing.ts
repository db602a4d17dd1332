import { rm } from 'node:fs/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import { ident, importTable, sqlString, type ImportOutcome, type ImportSource } from './import-table.ts';

export interface DuckdbImportSettings {
  memoryLimit: string;
  threads: number;
  /** Where DuckDB may spill while importing (inside the uploads directory). */
  tempDirectory: string;
}

export interface LandedTable extends ImportOutcome {
  rows: number;
  columns: number;
}

/** The settings of the private DuckDB that imports one upload (it reads our own files only). */
export function importInstanceSettings(settings: DuckdbImportSettings): Record<string, string> {
  return {
    memory_limit: settings.memoryLimit,
    threads: String(settings.threads),
    temp_directory: settings.tempDirectory,
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    allow_community_extensions: 'false',
  };
}

/**
 * Builds a NEW database file for a FILE source: every table of the previous file except `table`
 * (copied from it, attached read-only), plus `table` imported from the upload. The previous file
 * is never written, so readers keep seeing it whole until the source row points at the new one.
 * On failure the new file is removed and the engine's error is thrown.
 */
export async function buildDatabase(options: {
  previous: string | null;
  next: string;
  table: string;
  source: ImportSource;
  settings: DuckdbImportSettings;
}): Promise<LandedTable> {
  const instance = await DuckDBInstance.create(options.next, importInstanceSettings(options.settings));
  const connection = await instance.connect();
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    connection.closeSync();
    instance.closeSync();
  };
  try {
    if (options.previous) {
      await connection.run(`ATTACH ${sqlString(options.previous)} AS previous (READ_ONLY)`);
      const kept = (
        await connection.runAndReadAll(
          `SELECT table_name FROM duckdb_tables() WHERE database_name = 'previous' AND schema_name = 'main' AND table_name <> $1 ORDER BY table_name`,
          [options.table],
        )
      )
        .getRows()
        .map((row) => String(row[0]));
      for (const name of kept)
        await connection.run(`CREATE TABLE ${ident(name)} AS SELECT * FROM previous.main.${ident(name)}`);
      await connection.run('DETACH previous');
    }
    const outcome = await importTable(connection, options.table, options.source);
    const rows = Number(
      (await connection.runAndReadAll(`SELECT count(*) FROM ${ident(options.table)}`)).getRows()[0]?.[0] ?? 0,
    );
    const columns = Number(
      (
        await connection.runAndReadAll(
          `SELECT count(*) FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = $1`,
          [options.table],
        )
      ).getRows()[0]?.[0] ?? 0,
    );
    return { ...outcome, rows, columns };
  } catch (error) {
    close();
    await removeDatabase(options.next);
    throw error;
  } finally {
    close();
  }
}

/** A database file and its write-ahead log. */
export async function removeDatabase(file: string): Promise<void> {
  await Promise.all([rm(file, { force: true }), rm(`${file}.wal`, { force: true })]);
}
