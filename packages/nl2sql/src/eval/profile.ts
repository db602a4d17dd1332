import type { DuckDBConnection } from '@duckdb/node-api';
import { inferModel, relationshipCandidates } from '@tessera/semantic-model';
import type { ColumnProfile, SemanticModel, SourceProfile } from '@tessera/semantic-model';
import type { SourceSchema } from '../types.ts';

const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const TOP_VALUES = 50;

async function rows(connection: DuckDBConnection, sql: string): Promise<unknown[][]> {
  return (await connection.runAndReadAll(sql)).getRowsJS();
}

const text = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : v instanceof Date
      ? v
          .toISOString()
          .replace('T', ' ')
          .replace(/(\.000)?Z$/, '')
      : String(v);

/** Measures what the semantic model is inferred from (counts, top values, min/max), as the queries service does per engine. */
export async function profileSource(
  connection: DuckDBConnection,
  schema: SourceSchema,
  options: { live: boolean; today?: string },
): Promise<SourceProfile> {
  const tables = [];
  for (const table of schema.tables) {
    const t = quoteIdent(table.name);
    const rowCount = Number((await rows(connection, `SELECT count(*) FROM ${t}`))[0]?.[0] ?? 0);
    const columns: ColumnProfile[] = [];
    for (const column of table.columns) {
      const c = quoteIdent(column.name);
      const [stats] = await rows(
        connection,
        `SELECT approx_count_distinct(${c}), count(*) - count(${c}), CAST(min(${c}) AS VARCHAR), CAST(max(${c}) AS VARCHAR) FROM ${t}`,
      );
      const top = await rows(
        connection,
        `SELECT CAST(${c} AS VARCHAR) v FROM ${t} WHERE ${c} IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ${TOP_VALUES}`,
      );
      columns.push({
        name: column.name,
        type: column.type,
        rowCount,
        distinctCount: Number(stats?.[0] ?? 0),
        nullCount: Number(stats?.[1] ?? 0),
        topValues: top.map((r) => String(r[0])),
        min: text(stats?.[2]),
        max: text(stats?.[3]),
      });
    }
    tables.push({
      name: table.name,
      rowCount,
      columns,
      foreignKeys: (table.foreignKeys ?? []).map((fk) => ({
        columns: fk.columns,
        referencedTable: fk.references.table,
        referencedColumns: fk.references.columns,
      })),
    });
  }
  return { tables, live: options.live, today: options.today ?? new Date().toISOString().slice(0, 10) };
}

/** The source's inferred semantic model, relationships checked for value containment on the data. */
export async function profileDuckDb(
  connection: DuckDBConnection,
  schema: SourceSchema,
  options: { live: boolean; today?: string },
): Promise<SemanticModel> {
  const profile = await profileSource(connection, schema, options);
  const contained = new Set<string>();
  for (const c of relationshipCandidates(profile)) {
    const [row] = await rows(
      connection,
      `SELECT count(*) FROM (SELECT DISTINCT ${quoteIdent(c.fromColumn)} v FROM ${quoteIdent(c.fromTable)} WHERE ${quoteIdent(c.fromColumn)} IS NOT NULL) f
       WHERE v NOT IN (SELECT ${quoteIdent(c.toColumn)} FROM ${quoteIdent(c.toTable)} WHERE ${quoteIdent(c.toColumn)} IS NOT NULL)`,
    ).catch(() => [[1]]);
    if (Number(row?.[0] ?? 1) === 0)
      contained.add(`${c.fromTable}.${c.fromColumn}->${c.toTable}.${c.toColumn}`);
  }
  return inferModel(profile, { contained });
}
