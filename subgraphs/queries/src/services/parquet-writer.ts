import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBAppender } from '@duckdb/node-api';
import type { Column } from '../engines/types.ts';

type Staging = 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'VARCHAR';
const INTEGER = /^(u?(tiny|small|medium|big|huge)?int(eger)?\d*|int\d*|u?int\d+|serial|bigserial)/i;
const FLOAT = /^(double|float|real|numeric|decimal|number)/i;

function stagingType(type: string): Staging {
  const t = type.replace(/^Nullable\((.*)\)$/, '$1');
  if (INTEGER.test(t)) return 'BIGINT';
  if (FLOAT.test(t)) return 'DOUBLE';
  if (/^bool/i.test(t)) return 'BOOLEAN';
  return 'VARCHAR';
}

function finalType(type: string, staging: Staging): string {
  const t = type.replace(/^Nullable\((.*)\)$/, '$1');
  if (staging !== 'VARCHAR') return staging;
  if (/^date$/i.test(t)) return 'DATE';
  if (/^(timestamp|datetime)/i.test(t)) return 'TIMESTAMP';
  return 'VARCHAR';
}

function append(appender: DuckDBAppender, staging: Staging, value: unknown): void {
  if (value === null || value === undefined) return appender.appendNull();
  switch (staging) {
    case 'BIGINT':
      return typeof value === 'number' && Number.isInteger(value)
        ? appender.appendBigInt(BigInt(value))
        : appender.appendNull();
    case 'DOUBLE':
      return Number.isFinite(Number(value)) ? appender.appendDouble(Number(value)) : appender.appendNull();
    case 'BOOLEAN':
      return appender.appendBoolean(Boolean(value));
    default:
      return appender.appendVarchar(typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
}

/**
 * Writes streamed rows to a Parquet file through a private DuckDB (which spills to its temporary
 * directory under memory pressure), so exports never hold the result in the Node heap.
 * Returns the file path and a cleanup function.
 */
export async function writeParquet(
  columns: Column[],
  batches: AsyncIterable<unknown[][]>,
): Promise<{ file: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tessera-export-'));
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: '256MB',
    temp_directory: path.join(dir, 'spill'),
    threads: '1',
  });
  const connection = await instance.connect();
  try {
    const staging = columns.map((c) => stagingType(c.type));
    const names = columns.map((c, i) => `"c${i}"`);
    await connection.run(`CREATE TABLE export (${names.map((n, i) => `${n} ${staging[i]}`).join(', ')})`);
    const appender = await connection.createAppender('export');
    for await (const rows of batches) {
      for (const row of rows) {
        row.forEach((value, i) => append(appender, staging[i]!, value));
        appender.endRow();
      }
      appender.flushSync();
    }
    appender.closeSync();
    const file = path.join(dir, 'export.parquet');
    const select = columns
      .map(
        (c, i) =>
          `CAST(${names[i]} AS ${finalType(c.type, staging[i]!)}) AS "${c.name.replaceAll('"', '""')}"`,
      )
      .join(', ');
    await connection.run(
      `COPY (SELECT ${select || '1 AS empty'} FROM export) TO '${file.replaceAll("'", "''")}' (FORMAT parquet)`,
    );
    return { file, cleanup: () => rm(dir, { recursive: true, force: true }) };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
