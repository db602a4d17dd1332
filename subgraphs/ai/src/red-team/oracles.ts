// Test support: what a statement really reads, according to the database engines' own parsers
// and planners (independent of the assistant's validation, which is what is under test).
import { DuckDBInstance } from '@duckdb/node-api';
import type pg from 'pg';

export interface Reads {
  /** Statement kinds: only SELECT is acceptable. */
  statements: string[];
  /** schema.table (schema '' when unqualified), CTE references excluded. */
  tables: string[];
  functions: string[];
}

function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) for (const v of value) walk(v, visit);
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>);
    for (const v of Object.values(value)) walk(v, visit);
  }
}

let duckdb: Promise<DuckDBInstance> | undefined;

/** DuckDB's parser (json_serialize_sql): statement types, base tables and table functions. */
export async function duckdbReads(sql: string): Promise<Reads> {
  duckdb ??= DuckDBInstance.create(':memory:');
  const connection = await (await duckdb).connect();
  try {
    const reader = await connection.runAndReadAll(
      `SELECT json_serialize_sql('${sql.replaceAll("'", "''")}')`,
    );
    const ast = JSON.parse(String(reader.getRowsJS()[0]?.[0])) as {
      error: boolean;
      statements?: { node: { type: string } }[];
      error_message?: string;
    };
    if (ast.error) return { statements: [`UNPARSABLE: ${ast.error_message}`], tables: [], functions: [] };
    const ctes = new Set<string>();
    walk(ast, (node) => {
      const map = (node.cte_map as { map?: { key: string }[] } | undefined)?.map;
      for (const entry of map ?? []) ctes.add(entry.key.toLowerCase());
    });
    const tables: string[] = [];
    const functions: string[] = [];
    walk(ast.statements, (node) => {
      if (node.type === 'BASE_TABLE' && !ctes.has(String(node.table_name).toLowerCase()))
        tables.push(`${node.schema_name}.${node.table_name}`);
      if (node.type === 'TABLE_FUNCTION')
        functions.push(String((node.function as { function_name?: string } | undefined)?.function_name));
    });
    const kinds = new Set(['SELECT_NODE', 'SET_OPERATION_NODE', 'CTE_NODE', 'RECURSIVE_CTE_NODE']);
    return {
      statements: (ast.statements ?? []).map((s) => (kinds.has(s.node.type) ? 'SELECT' : s.node.type)),
      tables,
      functions,
    };
  } finally {
    connection.closeSync();
  }
}

/** PostgreSQL's planner (EXPLAIN in a read-only transaction): the relations and functions a plan scans. */
export async function postgresReads(client: pg.Client, sql: string): Promise<Reads> {
  await client.query('BEGIN READ ONLY');
  try {
    const { rows } = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (VERBOSE, FORMAT JSON) ${sql}`);
    const tables: string[] = [];
    const functions: string[] = [];
    let writes = false;
    walk(rows[0]?.['QUERY PLAN'], (node) => {
      if (typeof node['Relation Name'] === 'string') tables.push(`${node.Schema}.${node['Relation Name']}`);
      if (node['Node Type'] === 'Function Scan') functions.push(String(node['Function Name']));
      if (node['Node Type'] === 'ModifyTable' || node['Node Type'] === 'LockRows') writes = true;
    });
    return { statements: [writes ? 'MODIFY' : 'SELECT'], tables, functions };
  } finally {
    await client.query('ROLLBACK');
  }
}
