import type { DataSourceRow } from '../data/index.ts';
import type { Column, TableInfo } from '../engines/types.ts';
import type { DataSourceService } from './data-source-service.ts';
import type { EngineRegistry } from './engine-registry.ts';
import type { ModelService } from './model-service.ts';
import { dialectOf } from './run-service.ts';

const TEXT = /char|text|string|varchar/i;
const VALUES_PER_COLUMN = 100;
const MAX_COLUMNS = 60;
const TTL_MS = 10 * 60 * 1000;
const MODEL_WAIT_MS = 3_000;

export interface ValueIndexEntry {
  table: string;
  column: string;
  values: string[];
}

const quoteIdent = (dialect: string, name: string) =>
  dialect === 'mysql' || dialect === 'clickhouse'
    ? `\`${name.replaceAll('`', '``')}\``
    : `"${name.replaceAll('"', '""')}"`;

/**
 * What an SQL assistant needs to know about a source: its tables with foreign keys, its
 * glossary, and a value index of low-cardinality text columns ("Germany" → customers.country),
 * sampled with the same sandboxed engine and cached for a few minutes, and its semantic model
 * (labels, roles, synonyms, value labels, relationships, asOf; null when it cannot be had now).
 */
export function createSourceContext(deps: {
  dataSources: DataSourceService;
  engines: EngineRegistry;
  models: ModelService;
}) {
  const cache = new Map<string, { at: number; values: ValueIndexEntry[] }>();

  async function sampleValues(source: DataSourceRow, tables: TableInfo[]): Promise<ValueIndexEntry[]> {
    const hit = cache.get(source.id);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.values;
    const dialect = dialectOf(source.kind);
    const engine = await deps.engines.get(source);
    const candidates = tables
      .flatMap((t) =>
        t.columns.filter((c: Column) => TEXT.test(c.type)).map((c) => ({ table: t, column: c })),
      )
      .slice(0, MAX_COLUMNS);
    const values: ValueIndexEntry[] = [];
    for (const { table, column } of candidates) {
      const from =
        table.schema && dialect === 'postgres'
          ? `${quoteIdent(dialect, table.schema)}.${quoteIdent(dialect, table.name)}`
          : quoteIdent(dialect, table.name);
      const col = quoteIdent(dialect, column.name);
      try {
        const result = await engine.execute({
          sql: `SELECT DISTINCT ${col} FROM ${from} WHERE ${col} IS NOT NULL LIMIT ${VALUES_PER_COLUMN + 1}`,
          values: [],
          maxRows: VALUES_PER_COLUMN + 1,
          timeoutMs: 5_000,
          signal: AbortSignal.timeout(6_000),
        });
        // Only low-cardinality columns: names, emails and ids are not values people ask about.
        if (result.rows.length <= VALUES_PER_COLUMN)
          values.push({
            table: table.name,
            column: column.name,
            values: result.rows.map((r) => String(r[0])),
          });
      } catch {
        // a column that cannot be sampled is simply left out
      }
    }
    cache.set(source.id, { at: Date.now(), values });
    return values;
  }

  return {
    async describe(source: DataSourceRow) {
      const tables = await deps.dataSources.tables(source, false);
      return {
        id: source.id,
        organizationId: source.organizationId,
        projectId: source.projectId,
        kind: source.kind,
        dialect: dialectOf(source.kind),
        tables,
        glossary: source.glossary,
        values: await sampleValues(source, tables),
        // The assistant should not wait for a first inference: names and types do until it is stored.
        model: await deps.models.forSource(source, { waitMs: MODEL_WAIT_MS }).catch(() => null),
      };
    },
    invalidate(sourceId: string) {
      cache.delete(sourceId);
    },
  };
}

export type SourceContext = ReturnType<typeof createSourceContext>;
