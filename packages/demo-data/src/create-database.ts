import { DuckDBInstance } from '@duckdb/node-api';
import { generateDemoData } from './generate.ts';
import type { GenerateOptions } from './generate.ts';

/** Opens (or creates) a DuckDB database at `path` and fills it with the demo dataset. */
export async function createDemoDatabase(
  path: string,
  options: GenerateOptions = {},
): Promise<DuckDBInstance> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  try {
    await generateDemoData(connection, options);
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    throw error;
  }
  connection.closeSync();
  return instance;
}
