import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { createDemoDatabase, DEMO_GLOSSARY } from '@tessera/demo-data';
import type { SourceContext } from '../clients/queries-client.ts';

const VALUES_PER_COLUMN = 100;
const TEXT = /char|text|string|varchar/i;

async function rows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The demo source described exactly as the queries service's GET /internal/data-sources/<id>/context
 * describes it (duckdb_columns / duckdb_constraints, the demo glossary, a value index of text columns
 * with at most 100 distinct values), so the eval feeds the pipeline what the subgraph gets.
 */
export async function describeDemoSource(connection: DuckDBConnection): Promise<SourceContext> {
  const columns = await rows(
    connection,
    'SELECT schema_name, table_name, column_name, data_type FROM duckdb_columns() WHERE NOT internal ORDER BY schema_name, table_name, column_index',
  );
  const constraints = await rows(
    connection,
    "SELECT table_name, constraint_column_names, referenced_table, referenced_column_names FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY'",
  );
  const tables = new Map<string, SourceContext['tables'][number]>();
  for (const c of columns) {
    const name = String(c.table_name);
    const table = tables.get(name) ?? { name, schema: String(c.schema_name), columns: [], foreignKeys: [] };
    table.columns.push({ name: String(c.column_name), type: String(c.data_type) });
    tables.set(name, table);
  }
  for (const fk of constraints) {
    tables.get(String(fk.table_name))?.foreignKeys.push({
      columns: (fk.constraint_column_names as string[]).map(String),
      referencedTable: String(fk.referenced_table),
      referencedColumns: (fk.referenced_column_names as string[]).map(String),
    });
  }
  const values: SourceContext['values'] = [];
  for (const table of tables.values()) {
    for (const column of table.columns.filter((c) => TEXT.test(c.type))) {
      const sample = await rows(
        connection,
        `SELECT DISTINCT ${quote(column.name)} AS v FROM ${quote(table.name)} WHERE ${quote(column.name)} IS NOT NULL LIMIT ${VALUES_PER_COLUMN + 1}`,
      );
      if (sample.length <= VALUES_PER_COLUMN)
        values.push({ table: table.name, column: column.name, values: sample.map((r) => String(r.v)) });
    }
  }
  return {
    id: '00000000-0000-4000-8000-000000000000',
    organizationId: '00000000-0000-4000-8000-000000000000',
    projectId: '00000000-0000-4000-8000-000000000000',
    kind: 'DEMO',
    dialect: 'duckdb',
    tables: [...tables.values()],
    glossary: DEMO_GLOSSARY.map((g) => ({ ...g, terms: [...g.terms], tables: [...g.tables] })),
    values,
  };
}

/** The demo database in memory (deterministic: the same rows on every machine). */
export async function openDemoDatabase(
  scale: number,
): Promise<{ instance: DuckDBInstance; connection: DuckDBConnection }> {
  const instance = await createDemoDatabase(':memory:', { scale });
  return { instance, connection: await instance.connect() };
}
