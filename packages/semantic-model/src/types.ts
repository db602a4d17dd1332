export type ColumnRole = 'MEASURE' | 'DIMENSION' | 'TIME' | 'IDENTIFIER';

export interface ValueLabel {
  value: string;
  label: string;
}

export interface ModelColumn {
  name: string;
  label: string;
  role: ColumnRole;
  aggregation: string | null;
  description: string | null;
  synonyms: string[];
  values: ValueLabel[];
}

export interface ModelTable {
  name: string;
  label: string;
  description: string | null;
  columns: ModelColumn[];
}

export interface Relationship {
  fromTable: string;
  fromColumn: string;
  toTable: string;
  toColumn: string;
  inferred: boolean;
}

export interface SemanticModel {
  asOf: string | null;
  tables: ModelTable[];
  relationships: Relationship[];
}

/** What the caller measured on the engine (sampled); everything optional except names and types. */
export interface ColumnProfile {
  name: string;
  type: string;
  rowCount?: number;
  distinctCount?: number;
  nullCount?: number;
  /** Most frequent distinct values, up to 50. */
  topValues?: string[];
  min?: string | null;
  max?: string | null;
}

export interface ForeignKeyProfile {
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
}

export interface TableProfile {
  name: string;
  rowCount?: number;
  columns: ColumnProfile[];
  foreignKeys?: ForeignKeyProfile[];
}

export interface SourceProfile {
  tables: TableProfile[];
  /** A database (asOf = today) rather than files (asOf = latest date in the data). */
  live: boolean;
  /** ISO date. */
  today: string;
}

export interface RelationshipCandidate {
  fromTable: string;
  fromColumn: string;
  toTable: string;
  toColumn: string;
  reason: 'foreignKey' | 'name';
}

export interface ColumnEdit {
  table: string;
  name: string;
  label?: string;
  role?: ColumnRole;
  aggregation?: string | null;
  description?: string | null;
  synonyms?: string[];
  values?: ValueLabel[];
}

export interface ModelEdits {
  asOf?: string | null;
  columns?: ColumnEdit[];
  relationships?: Omit<Relationship, 'inferred'>[] | null;
}
