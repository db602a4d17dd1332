import type { ChartType as CanvasChartType } from '@tessera/canvas-model';
import type { SemanticModel } from '@tessera/semantic-model';

export type { SemanticModel } from '@tessera/semantic-model';

/** SQL dialects the renderer targets; duckdb and postgres are the solid ones. */
export type Dialect = 'duckdb' | 'postgres' | 'mysql' | 'clickhouse';

export interface ColumnSchema {
  name: string;
  /** The source's type name, e.g. INTEGER, DECIMAL(10,2), VARCHAR, DATE, timestamp with time zone. */
  type: string;
  description?: string;
}

export interface ForeignKey {
  columns: string[];
  references: { table: string; columns: string[] };
}

export interface TableSchema {
  name: string;
  description?: string;
  columns: ColumnSchema[];
  primaryKey?: string[];
  foreignKeys?: ForeignKey[];
}

/**
 * One entry of a data source's editable glossary. Expressions and filters reference columns as
 * `table.column`; `{date}` in a timeGrain expression stands for the date column of the grain.
 */
export interface GlossaryEntry {
  terms: string[];
  definition: string;
  kind: 'metric' | 'timeGrain';
  expression: string;
  filter?: string | null;
  /** The first table is the grain the metric is computed at. */
  tables: string[];
  timeColumn?: string | null;
}

/** Distinct values of a low-cardinality text column, sampled by the caller. */
export interface ValueIndexEntry {
  table: string;
  column: string;
  values: string[];
}

export interface SourceSchema {
  dialect: Dialect;
  tables: TableSchema[];
  glossary: GlossaryEntry[];
  values?: ValueIndexEntry[];
  /** The source's semantic model (labels, synonyms, roles, value labels, relationships, asOf); inferred from the schema when absent. */
  model?: SemanticModel | null;
}

/** A canvas chart type (canvas-model's list: bar … donut, funnel, pivot) or a plain table. */
export type ChartType = CanvasChartType | 'table';

export interface ChartSuggestion {
  type: ChartType;
  x: string | null;
  y: string[];
  /** A second dimension that splits the series, when there is one. */
  series?: string;
}

/** A question back to the user when a decisive term cannot be grounded. */
export interface Clarification {
  /** The word that could not be grounded ("churned"). */
  term: string;
  question: string;
  /** Readings drawn from the model and glossary, the last one to define the term. */
  options: string[];
  /**
   * Per option, the coded value it reads the term as (table, column, value), when it is one: what
   * "save to glossary" stores as the value's label in the semantic model. null for the others.
   */
  readings?: ({ table: string; column: string; value: string } | null)[];
}

export interface SqlSuggestion {
  /** A single SELECT, or '' when confidence is below the threshold. */
  sql: string;
  explanation: string;
  /** 0..1: how sure the engine is that the SQL means what was asked. */
  confidence: number;
  chart: ChartSuggestion | null;
  /** Words of the question the engine could not map to the schema, glossary or values. */
  unmapped: string[];
  /** Set (and sql empty) when a decisive term cannot be grounded: it asks instead of guessing. */
  clarification?: Clarification | null;
}

export interface GenerateOptions {
  /** Overrides the schema's dialect. */
  dialect?: Dialect;
  /** LIMIT added to every query that can return more than one row. Default 1000. */
  defaultLimit?: number;
  /** Below this confidence `sql` is ''. Default 0.5; 0 always returns the best guess. */
  minConfidence?: number;
  /** "Today" for relative dates such as "last month". Default: the current date. */
  now?: Date;
}

/** A result column as a query runner reports it. */
export interface ResultColumn {
  name: string;
  type?: string;
}
