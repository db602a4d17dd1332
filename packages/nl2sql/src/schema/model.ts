import { nameStems } from '../text/tokenize.ts';
import type { Dialect, GlossaryEntry, SourceSchema, TableSchema } from '../types.ts';
import { parseGlossary } from './glossary.ts';
import type { MetricInfo, TimeGrainOverride } from './glossary.ts';

export type ColumnKind = 'number' | 'text' | 'date' | 'timestamp' | 'boolean' | 'other';

export interface ColumnInfo {
  table: string;
  name: string;
  type: string;
  kind: ColumnKind;
  description?: string;
  /** Stems of the column name. */
  words: string[];
  /** Primary key, foreign key or named like an identifier: never summed or averaged. */
  isKey: boolean;
}

export interface TableInfo {
  name: string;
  description?: string;
  columns: ColumnInfo[];
  primaryKey: string[];
  words: string[];
  /** The column that names a row for people (name, title, ...), if any. */
  label?: ColumnInfo;
}

/** A many-to-one link: each row of `from` references at most one row of `to`. */
export interface JoinEdge {
  from: string;
  fromColumns: string[];
  to: string;
  toColumns: string[];
  inferred: boolean;
}

export interface ValueEntry {
  table: string;
  column: string;
  values: string[];
}

export interface SchemaModel {
  dialect: Dialect;
  tables: Map<string, TableInfo>;
  edges: JoinEdge[];
  metrics: MetricInfo[];
  grainOverrides: TimeGrainOverride[];
  values: ValueEntry[];
  /** Glossary entries that were skipped, with the reason. */
  warnings: string[];
}

export function columnKind(type: string): ColumnKind {
  const t = type.toUpperCase();
  if (/INTERVAL|\[\]|ARRAY|STRUCT|MAP|JSON/.test(t)) return 'other';
  if (/TIMESTAMP|DATETIME/.test(t)) return 'timestamp';
  if (/DATE/.test(t)) return 'date';
  if (/BOOL/.test(t)) return 'boolean';
  if (/INT|DECIMAL|NUMERIC|DOUBLE|FLOAT|REAL|MONEY|NUMBER/.test(t)) return 'number';
  if (/CHAR|TEXT|STRING|ENUM|UUID|VARCHAR/.test(t)) return 'text';
  return 'other';
}

const LABEL_NAMES = ['name', 'title', 'label', 'full_name', 'display_name', 'username'];

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

function buildTable(table: TableSchema): TableInfo {
  const words = nameStems(table.name);
  const keyNames = new Set([...(table.primaryKey ?? []), ...(table.foreignKeys ?? []).flatMap((fk) => fk.columns)]);
  const columns: ColumnInfo[] = table.columns.map((c) => ({
    table: table.name,
    name: c.name,
    type: c.type,
    kind: columnKind(c.type),
    description: c.description,
    words: nameStems(c.name),
    isKey: keyNames.has(c.name) || /(^id$|_id$|[a-z]Id$|_key$|_uuid$)/.test(c.name),
  }));
  const singular = words.join('_');
  let primaryKey = table.primaryKey ?? [];
  if (primaryKey.length === 0) {
    const guess = columns.find((c) => c.name.toLowerCase() === 'id' || sameWords(c.words, [...words, 'id']));
    if (guess) primaryKey = [guess.name];
  }
  const texts = columns.filter((c) => c.kind === 'text' && !c.isKey);
  const label =
    texts.find((c) => LABEL_NAMES.includes(c.name.toLowerCase())) ??
    texts.find((c) => c.name.toLowerCase() === `${singular}_name` || c.name.toLowerCase().endsWith('_name'));
  return { name: table.name, description: table.description, columns, primaryKey, words, label };
}

/** Declared foreign keys plus ones inferred from names: `member_id` → members(member_id | id). */
function buildEdges(schema: SourceSchema, tables: Map<string, TableInfo>): JoinEdge[] {
  const edges: JoinEdge[] = [];
  for (const table of schema.tables) {
    for (const fk of table.foreignKeys ?? []) {
      if (tables.has(fk.references.table)) {
        edges.push({ from: table.name, fromColumns: fk.columns, to: fk.references.table, toColumns: fk.references.columns, inferred: false });
      }
    }
  }
  for (const table of tables.values()) {
    for (const column of table.columns) {
      if (edges.some((e) => e.from === table.name && e.fromColumns.includes(column.name))) continue;
      if (table.primaryKey.length === 1 && table.primaryKey[0] === column.name) continue;
      const match = /^(.+?)_?(?:id|Id|ID)$/.exec(column.name);
      if (!match?.[1]) continue;
      const target = [...tables.values()].find((t) => t.name !== table.name && sameWords(t.words, nameStems(match[1] ?? '')));
      if (!target) continue;
      const key = target.columns.find((c) => c.name === column.name) ?? target.columns.find((c) => target.primaryKey.length === 1 && c.name === target.primaryKey[0]);
      if (key) edges.push({ from: table.name, fromColumns: [column.name], to: target.name, toColumns: [key.name], inferred: true });
    }
  }
  for (const edge of edges) {
    const from = tables.get(edge.from);
    for (const c of from?.columns ?? []) if (edge.fromColumns.includes(c.name)) c.isKey = true;
  }
  return edges;
}

export function buildSchemaModel(schema: SourceSchema): SchemaModel {
  const tables = new Map(schema.tables.map((t) => [t.name, buildTable(t)]));
  const edges = buildEdges(schema, tables);
  const { metrics, grainOverrides, warnings } = parseGlossary(schema.glossary as GlossaryEntry[], tables);
  const values = (schema.values ?? []).filter((v) => tables.get(v.table)?.columns.some((c) => c.name === v.column));
  return { dialect: schema.dialect, tables, edges, metrics, grainOverrides, values, warnings };
}

export function findColumn(model: SchemaModel, table: string, column: string): ColumnInfo | undefined {
  return model.tables.get(table)?.columns.find((c) => c.name === column);
}
