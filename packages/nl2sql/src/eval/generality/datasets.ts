import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

/** A dataset of our own invention: the SQL that builds it, the file format it is exported in and its questions. */
export interface GeneralityDataset {
  name: string;
  format: 'csv' | 'parquet';
  sqlFile: string;
  questionsFile: string;
}

const here = path.dirname(new URL(import.meta.url).pathname);

export const DATASETS: GeneralityDataset[] = [
  {
    name: 'D (gyms, snake_case CSV)',
    format: 'csv',
    sqlFile: path.join(here, 'gym.sql'),
    questionsFile: path.join(here, 'gym.jsonl'),
  },
  {
    name: 'E (rides, abbreviated camelCase Parquet)',
    format: 'parquet',
    sqlFile: path.join(here, 'fleet.sql'),
    questionsFile: path.join(here, 'fleet.jsonl'),
  },
];

/** Builds the dataset (deterministic SQL) and exports each table as a file, the way a user would upload it. */
export async function writeDataset(
  dataset: GeneralityDataset,
  dir = mkdtempSync(path.join(tmpdir(), 'nl2sql-set-')),
): Promise<string> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(readFileSync(dataset.sqlFile, 'utf8'));
    const tables = (
      await connection.runAndReadAll(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`,
      )
    )
      .getRowsJS()
      .map((r) => String(r[0]));
    for (const table of tables) {
      const file = path.join(dir, `${table}.${dataset.format}`).replaceAll("'", "''");
      await connection.run(
        `COPY (SELECT * FROM "${table}") TO '${file}' (FORMAT ${dataset.format === 'csv' ? 'CSV, HEADER' : 'PARQUET'})`,
      );
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return dir;
}
