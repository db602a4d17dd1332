// A stand-in for the queries service's POST /internal/runs backed by a real DuckDB holding the
// Acme Commerce demo dataset (small scale), so template SQL is checked against the real schema.
// {{name}} placeholders are bound as SQL literals here; the queries service binds them as values.
import { randomUUID } from 'node:crypto';
import { DuckDBInstance } from '@duckdb/node-api';
import { generateDemoData } from '@tessera/demo-data';
import type { QueryRunJson, RunSql } from '../clients/queries-client.ts';

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `(${value.map(literal).join(', ')})`;
  return `'${String(value).replaceAll("'", "''")}'`;
}

export function bindLiterals(sql: string, parameters: Record<string, unknown>): string {
  return sql.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, name: string) => {
    if (!(name in parameters)) throw new Error(`MISSING_PARAMETER ${name}`);
    return literal(parameters[name]);
  });
}

export async function startDemoDuckDb(): Promise<{ runSql: RunSql; close(): void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await generateDemoData(connection, { scale: 0.02, constraints: false });
  return {
    async runSql(input): Promise<QueryRunJson> {
      const base = { id: randomUUID(), truncated: false, cached: false, durationMs: 1 };
      try {
        const reader = await connection.runAndReadAll(bindLiterals(input.sql, input.parameters ?? {}));
        const types = reader.columnTypes().map(String);
        const rows = reader.getRowsJson() as unknown[][];
        return {
          ...base,
          status: 'SUCCEEDED',
          columns: reader.columnNames().map((name, i) => ({ name, type: types[i]! })),
          rows,
          rowCount: rows.length,
          error: null,
        };
      } catch (error) {
        return {
          ...base,
          status: 'FAILED',
          columns: [],
          rows: [],
          rowCount: 0,
          error: { code: 'SQL_ERROR', message: (error as Error).message },
        };
      }
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
