import type { DuckDBConnection } from '@duckdb/node-api';
import type { GlossaryEntry, SourceSchema, TableSchema, ValueIndexEntry } from '../types.ts';

export interface IntrospectOptions {
  /** Schema to read; default the connection's current schema. */
  schema?: string;
  /** Text columns with at most this many distinct values go into the value index. Default 100. */
  valueLimit?: number;
  glossary?: GlossaryEntry[];
}

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const quoteText = (text: string): string => `'${text.replaceAll("'", "''")}'`;

async function rows(connection: DuckDBConnection, sql: string): Promise<unknown[][]> {
  return (await connection.runAndReadAll(sql)).getRowsJS();
}

/**
 * Reads a DuckDB schema the way any connected source would be read: tables, columns and comments
 * from information_schema, keys from duckdb_constraints(), and distinct values of low-cardinality
 * text columns as the value index.
 */
export async function introspectDuckDb(
  connection: DuckDBConnection,
  options: IntrospectOptions = {},
): Promise<SourceSchema> {
  const schemaName = options.schema ?? String((await rows(connection, 'SELECT current_schema()'))[0]?.[0]);
  const valueLimit = options.valueLimit ?? 100;
  const s = quoteText(schemaName);
  const tableRows = await rows(
    connection,
    `SELECT table_name, table_comment FROM information_schema.tables
     WHERE table_schema = ${s} AND table_catalog = current_database() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const columnRows = await rows(
    connection,
    `SELECT table_name, column_name, data_type, column_comment FROM information_schema.columns
     WHERE table_schema = ${s} AND table_catalog = current_database() ORDER BY table_name, ordinal_position`,
  );
  const constraintRows = await rows(
    connection,
    `SELECT table_name, constraint_type, constraint_column_names, referenced_table, referenced_column_names
     FROM duckdb_constraints() WHERE schema_name = ${s} AND database_name = current_database()
       AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')`,
  );

  const tables: TableSchema[] = tableRows.map(([name, comment]) => ({
    name: String(name),
    description: comment ? String(comment) : undefined,
    columns: columnRows
      .filter((c) => c[0] === name)
      .map(([, column, type, columnComment]) => ({
        name: String(column),
        type: String(type),
        description: columnComment ? String(columnComment) : undefined,
      })),
  }));
  for (const [table, type, columns, referencedTable, referencedColumns] of constraintRows) {
    const target = tables.find((t) => t.name === table);
    if (!target) continue;
    if (type === 'PRIMARY KEY') target.primaryKey = (columns as string[]).map(String);
    else
      target.foreignKeys = [
        ...(target.foreignKeys ?? []),
        {
          columns: (columns as string[]).map(String),
          references: {
            table: String(referencedTable),
            columns: (referencedColumns as string[]).map(String),
          },
        },
      ];
  }

  const values: ValueIndexEntry[] = [];
  for (const table of tables) {
    for (const column of table.columns) {
      if (!/CHAR|TEXT|STRING|VARCHAR|ENUM/i.test(column.type)) continue;
      const sample = await rows(
        connection,
        `SELECT DISTINCT ${quoteIdent(column.name)} FROM ${quoteIdent(schemaName)}.${quoteIdent(table.name)}
         WHERE ${quoteIdent(column.name)} IS NOT NULL LIMIT ${valueLimit + 1}`,
      );
      if (sample.length > 0 && sample.length <= valueLimit)
        values.push({
          table: table.name,
          column: column.name,
          values: sample.map((r) => String(r[0])).sort(),
        });
    }
  }
  return { dialect: 'duckdb', tables, glossary: options.glossary ?? [], values };
}
