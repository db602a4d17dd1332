import type { SemanticModel } from '@tessera/nl2sql';
import type { Engine } from '@tessera/sql-guard';
import { internalGet } from './internal-http.ts';

export interface SourceColumn {
  name: string;
  type: string;
}

/** A data source as the queries service describes it for the SQL assistant. */
export interface SourceContext {
  id: string;
  organizationId: string;
  projectId: string;
  kind: string;
  dialect: Engine;
  tables: {
    name: string;
    schema: string | null;
    columns: SourceColumn[];
    foreignKeys: { columns: string[]; referencedTable: string; referencedColumns: string[] }[];
  }[];
  glossary: {
    terms: string[];
    definition: string;
    kind: 'metric' | 'timeGrain';
    expression: string;
    filter?: string | null;
    tables: string[];
    timeColumn?: string | null;
  }[];
  values: { table: string; column: string; values: string[] }[];
  /** The source's semantic model (labels, synonyms, roles, value labels, relationships, asOf), when the queries service has one. */
  model?: SemanticModel | null;
}

/** A query run's result (the queries service's GET /internal/runs/<id>). */
export interface RunResult {
  id: string;
  status: string;
  columns: SourceColumn[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  organizationId: string;
  dataSourceId: string;
  sql: string;
}

/** The queries subgraph's internal routes. Membership is checked by the caller, never here. */
export interface QueriesClient {
  /** null when the source does not exist. */
  sourceContext(dataSourceId: string): Promise<SourceContext | null>;
  /** null when the run does not exist. */
  run(runId: string): Promise<RunResult | null>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createQueriesClient(options: { queriesUrl: string; internalSecret: string }): QueriesClient {
  const get = <T>(path: string) =>
    internalGet<T>(options.queriesUrl, path, options.internalSecret, 'queries');
  return {
    async sourceContext(dataSourceId) {
      if (!UUID.test(dataSourceId)) return null;
      // The first description of a source profiles its data (the semantic model): it can take a while.
      const context = await internalGet<SourceContext>(
        options.queriesUrl,
        `/internal/data-sources/${dataSourceId}/context`,
        options.internalSecret,
        'queries',
        60_000,
      );
      return (
        context && {
          ...context,
          tables: context.tables ?? [],
          glossary: context.glossary ?? [],
          values: context.values ?? [],
        }
      );
    },
    async run(runId) {
      if (!UUID.test(runId)) return null;
      return get<RunResult>(`/internal/runs/${runId}`);
    },
  };
}
