import type { Column, TableInfo } from '../engines/types.ts';

export type DataSourceKind = 'DEMO' | 'POSTGRES' | 'MYSQL' | 'CLICKHOUSE' | 'DUCKDB' | 'FILE';
export type RunStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';

/** The semantic layer of a source (same shape as @tessera/demo-data's DEMO_GLOSSARY). */
export interface GlossaryEntry {
  terms: string[];
  definition: string;
  kind: 'metric' | 'timeGrain';
  expression: string;
  filter?: string | null;
  tables: string[];
  timeColumn?: string | null;
}

export interface DataSourceRow {
  id: string;
  organizationId: string;
  projectId: string;
  name: string;
  kind: DataSourceKind;
  settings: Record<string, unknown>;
  secretCiphertext: string | null;
  glossary: GlossaryEntry[];
  schemaCache: TableInfo[] | null;
  schemaCachedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface RunError {
  code: string;
  message: string;
  position?: number | null;
  /** TIMEOUT: the run's time limit, and the longest one its data source allows (seconds). */
  limitSeconds?: number;
  maxLimitSeconds?: number;
}

export interface RunRow {
  id: string;
  organizationId: string;
  projectId: string;
  dataSourceId: string;
  userId: string | null;
  apiKeyId: string | null;
  sql: string;
  parameters: Record<string, unknown> | null;
  maxRows: number;
  status: RunStatus;
  columns: Column[];
  rowCount: number;
  truncated: boolean;
  cached: boolean;
  durationMs: number | null;
  error: RunError | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface SavedQueryRow {
  id: string;
  organizationId: string;
  projectId: string;
  dataSourceId: string;
  userId: string;
  name: string;
  sql: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface SemanticModelRow {
  dataSourceId: string;
  organizationId: string;
  /** @tessera/semantic-model's SemanticModel, as inferred. */
  inferred: unknown;
  /** @tessera/semantic-model's ModelEdits, merged over `inferred` on read. */
  edits: unknown;
  /** Tables and columns the inference saw; a different one means the schema changed. */
  fingerprint: string;
  version: number;
  inferredAt: Date;
  updatedAt: Date;
}
