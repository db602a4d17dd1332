import type { ModelTable, SemanticModel } from '@tessera/semantic-model';
import { abbreviates } from '../text/abbreviates.ts';
import { nameStems } from '../text/tokenize.ts';
import type { Dialect, GlossaryEntry, SourceSchema, TableSchema } from '../types.ts';
import { parseGlossary } from './glossary.ts';
import type { MetricInfo, TimeGrainOverride } from './glossary.ts';
import { expandedStems, semanticModelFor, synonymStems } from './semantic.ts';

export type ColumnKind = 'number' | 'text' | 'date' | 'timestamp' | 'boolean' | 'other';

export interface ColumnInfo {
  table: string;
  name: string;
  type: string;
  kind: ColumnKind;
  description?: string;
  /** Stems of the column name, abbreviations spelled out (`amt_eur` → amount, eur). */
  words: string[];
  /** Other names: the name as written when it differs, the model's synonyms (weaker). */
  aliases: { words: string[]; synonym: boolean }[];
  /** Primary key, foreign key or named like an identifier: never summed or averaged. */
  isKey: boolean;
  /** The model's default aggregation of a measure (sum, avg, ...), if it has one. */
  aggregation?: string | null;
  /** The model's human label ("Unit price" for `unitPrc`), for words shown to people. */
  title?: string;
}

export interface TableInfo {
  name: string;
  description?: string;
  columns: ColumnInfo[];
  primaryKey: string[];
  words: string[];
  aliases: { words: string[]; synonym: boolean }[];
  /** The column that names a row for people (name, title, ...), if any. */
  label?: ColumnInfo;
  /** The model's human label ("Customers" for `cust`), for words shown to people. */
  title?: string;
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
  /** What coded values mean ("CMP" → completed, "BR" → Brazil), from the semantic model. */
  labels?: { value: string; label: string }[];
}

export interface SchemaModel {
  dialect: Dialect;
  tables: Map<string, TableInfo>;
  edges: JoinEdge[];
  metrics: MetricInfo[];
  grainOverrides: TimeGrainOverride[];
  values: ValueEntry[];
  /** The date relative periods count back from (files: the latest date in the data); null: today. */
  asOf: string | null;
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

const unique = <T>(items: T[]): T | undefined => (items.length === 1 ? items[0] : undefined);

const sameList = (a: string[], b: string[]): boolean => a.join(' ') === b.join(' ');

function aliasesOf(
  name: string,
  words: string[],
  synonyms: string[][],
): { words: string[]; synonym: boolean }[] {
  const aliases: { words: string[]; synonym: boolean }[] = [];
  const raw = nameStems(name);
  if (!sameList(raw, words)) aliases.push({ words: raw, synonym: false });
  for (const synonym of synonyms) {
    if (synonym.length > 0 && !sameList(synonym, words) && !aliases.some((a) => sameList(a.words, synonym)))
      aliases.push({ words: synonym, synonym: true });
  }
  return aliases;
}

function buildTable(table: TableSchema, semantic: ModelTable | undefined): TableInfo {
  const words = expandedStems(table.name);
  const head = words.at(-1);
  const tableAliases = aliasesOf(
    table.name,
    words,
    head && head.length >= 4 ? synonymStems(head).filter((s) => s.length === 1) : [],
  );
  const keyNames = new Set([
    ...(table.primaryKey ?? []),
    ...(table.foreignKeys ?? []).flatMap((fk) => fk.columns),
  ]);
  const columns: ColumnInfo[] = table.columns.map((c) => {
    const described = semantic?.columns.find((m) => m.name === c.name);
    const columnWords = expandedStems(c.name);
    const synonyms = (described?.synonyms ?? [])
      .map((s) => nameStems(s))
      .filter((s) => s.length > 0 && s.length <= 3);
    return {
      table: table.name,
      name: c.name,
      type: c.type,
      kind: columnKind(c.type),
      description: c.description ?? described?.description ?? undefined,
      words: columnWords,
      aliases: aliasesOf(c.name, columnWords, synonyms),
      isKey:
        keyNames.has(c.name) ||
        /(^id$|_id$|[a-z]Id$|[a-z]ID$|_key$|_uuid$)/.test(c.name) ||
        described?.role === 'IDENTIFIER',
      aggregation: described?.aggregation ?? null,
      ...(described?.label ? { title: described.label } : {}),
    };
  });
  const singular = words.join('_');
  let primaryKey = table.primaryKey ?? [];
  if (primaryKey.length === 0) {
    const guess =
      columns.find((c) => c.name.toLowerCase() === 'id' || sameWords(c.words, [...words, 'id'])) ??
      columns.find(
        (c, i) =>
          i === 0 &&
          c.words.length === 2 &&
          c.words[1] === 'id' &&
          words.length === 1 &&
          abbreviates(c.words[0] ?? '', words[0] ?? '') > 0,
      );
    if (guess) primaryKey = [guess.name];
  }
  const texts = columns.filter((c) => c.kind === 'text' && !c.isKey);
  const label =
    texts.find((c) => LABEL_NAMES.includes(c.name.toLowerCase())) ??
    texts.find(
      (c) => c.name.toLowerCase() === `${singular}_name` || c.name.toLowerCase().endsWith('_name'),
    ) ??
    texts.find((c) => ['nam', 'titl'].includes(c.words.at(-1) ?? ''));
  return {
    name: table.name,
    description: table.description ?? semantic?.description ?? undefined,
    columns,
    primaryKey,
    words,
    aliases: tableAliases,
    label,
    ...(semantic?.label ? { title: semantic.label } : {}),
  };
}

/** Declared foreign keys plus ones inferred from names: `member_id` → members(member_id | id). */
function buildEdges(
  schema: SourceSchema,
  tables: Map<string, TableInfo>,
  semantic: SemanticModel,
): JoinEdge[] {
  const edges: JoinEdge[] = [];
  for (const table of schema.tables) {
    for (const fk of table.foreignKeys ?? []) {
      if (tables.has(fk.references.table)) {
        edges.push({
          from: table.name,
          fromColumns: fk.columns,
          to: fk.references.table,
          toColumns: fk.references.columns,
          inferred: false,
        });
      }
    }
  }
  for (const table of tables.values()) {
    for (const column of table.columns) {
      if (edges.some((e) => e.from === table.name && e.fromColumns.includes(column.name))) continue;
      if (table.primaryKey.length === 1 && table.primaryKey[0] === column.name) continue;
      const match = /^(.+?)_?(?:id|Id|ID)$/.exec(column.name);
      if (!match?.[1]) continue;
      const referenced = expandedStems(match[1] ?? '');
      const others = [...tables.values()].filter((t) => t.name !== table.name);
      const target =
        others.find(
          (t) => sameWords(t.words, referenced) || sameWords(nameStems(t.name), nameStems(match[1] ?? '')),
        ) ??
        // `enr_id` → enrollments: an abbreviated reference to one table's single-word name and key
        unique(
          others.filter(
            (t) =>
              t.words.length === 1 &&
              referenced.length === 1 &&
              t.primaryKey.length === 1 &&
              abbreviates(referenced[0] ?? '', t.words[0] ?? '') > 0,
          ),
        );
      if (!target) continue;
      const key =
        target.columns.find((c) => c.name === column.name) ??
        target.columns.find((c) => target.primaryKey.length === 1 && c.name === target.primaryKey[0]);
      if (key)
        edges.push({
          from: table.name,
          fromColumns: [column.name],
          to: target.name,
          toColumns: [key.name],
          inferred: true,
        });
    }
  }
  for (const r of semantic.relationships) {
    const known = edges.some(
      (e) =>
        e.from === r.fromTable &&
        e.fromColumns.length === 1 &&
        e.fromColumns[0] === r.fromColumn &&
        e.to === r.toTable,
    );
    const from = tables.get(r.fromTable);
    const to = tables.get(r.toTable);
    if (
      known ||
      !from?.columns.some((c) => c.name === r.fromColumn) ||
      !to?.columns.some((c) => c.name === r.toColumn)
    )
      continue;
    edges.push({
      from: r.fromTable,
      fromColumns: [r.fromColumn],
      to: r.toTable,
      toColumns: [r.toColumn],
      inferred: r.inferred,
    });
  }
  for (const edge of edges) {
    const from = tables.get(edge.from);
    for (const c of from?.columns ?? []) if (edge.fromColumns.includes(c.name)) c.isKey = true;
  }
  return edges;
}

/** The sampled values of each column, with the model's labels of coded values (and labelled values the sample missed). */
function valueEntries(
  schema: SourceSchema,
  tables: Map<string, TableInfo>,
  semantic: SemanticModel,
): ValueEntry[] {
  const entries: ValueEntry[] = (schema.values ?? [])
    .filter((v) => tables.get(v.table)?.columns.some((c) => c.name === v.column))
    .map((v) => ({ ...v }));
  for (const table of semantic.tables) {
    for (const column of table.columns) {
      const labels = column.values.filter((v) => v.label && v.label.toLowerCase() !== v.value.toLowerCase());
      if (labels.length === 0 || !tables.get(table.name)?.columns.some((c) => c.name === column.name))
        continue;
      const entry = entries.find((e) => e.table === table.name && e.column === column.name);
      if (entry) entry.labels = labels;
      else
        entries.push({ table: table.name, column: column.name, values: labels.map((l) => l.value), labels });
    }
  }
  return entries;
}

export function buildSchemaModel(schema: SourceSchema): SchemaModel {
  const semantic = semanticModelFor(schema);
  const tables = new Map(
    schema.tables.map((t) => [
      t.name,
      buildTable(
        t,
        semantic.tables.find((m) => m.name === t.name),
      ),
    ]),
  );
  const edges = buildEdges(schema, tables, semantic);
  const { metrics, grainOverrides, warnings } = parseGlossary(schema.glossary as GlossaryEntry[], tables);
  const values = valueEntries(schema, tables, semantic);
  return {
    dialect: schema.dialect,
    tables,
    edges,
    metrics,
    grainOverrides,
    values,
    asOf: semantic.asOf,
    warnings,
  };
}

export function findColumn(model: SchemaModel, table: string, column: string): ColumnInfo | undefined {
  return model.tables.get(table)?.columns.find((c) => c.name === column);
}
