// The schema browser's data: a source's tables with the semantic model's labels and roles merged
// in, filtered by a search, and flattened into the rows keyboard navigation walks.

export type ColumnRole = 'MEASURE' | 'DIMENSION' | 'TIME' | 'IDENTIFIER';

export interface SchemaColumn {
  name: string;
  type: string;
  /** The model's readable label, when it differs from the name. */
  label?: string;
  role?: ColumnRole;
}

export interface SchemaTable {
  name: string;
  label?: string;
  columns: SchemaColumn[];
}

interface ModelLike {
  tables: readonly {
    name: string;
    label: string;
    columns: readonly { name: string; label: string; role: ColumnRole }[];
  }[];
}

/** An inferred label equal to the name (ignoring case, `_` and spaces) adds nothing. */
function usefulLabel(name: string, label: string | undefined): string | undefined {
  if (!label) return undefined;
  const plain = (s: string) => s.toLowerCase().replace(/[\s_]+/g, '');
  return plain(label) === plain(name) ? undefined : label;
}

/** Tables as introspected, with labels and roles from the model where it knows the column. */
export function withModel(
  tables: readonly { name: string; columns: readonly { name: string; type: string }[] }[],
  model: ModelLike | null | undefined,
): SchemaTable[] {
  const modelTables = new Map((model?.tables ?? []).map((t) => [t.name, t]));
  return tables.map((t) => {
    const mt = modelTables.get(t.name);
    const modelColumns = new Map((mt?.columns ?? []).map((c) => [c.name, c]));
    return {
      name: t.name,
      ...(usefulLabel(t.name, mt?.label) ? { label: mt!.label } : {}),
      columns: t.columns.map((c) => {
        const mc = modelColumns.get(c.name);
        const label = usefulLabel(c.name, mc?.label);
        return { name: c.name, type: c.type, ...(label ? { label } : {}), ...(mc ? { role: mc.role } : {}) };
      }),
    };
  });
}

export interface FilteredTable {
  table: SchemaTable;
  /** The columns to show: all of them when the table itself matched, else the matching ones. */
  columns: SchemaColumn[];
  tableMatched: boolean;
}

const matches = (query: string, ...texts: (string | undefined)[]) =>
  texts.some((t) => t !== undefined && t.toLowerCase().includes(query));

/**
 * Tables and columns whose name or label contains the query (case-insensitive; `orders.total`
 * searches columns of matching tables). An empty query keeps everything.
 */
export function filterSchema(tables: readonly SchemaTable[], rawQuery: string): FilteredTable[] {
  const query = rawQuery.trim().toLowerCase();
  if (!query) return tables.map((table) => ({ table, columns: table.columns, tableMatched: false }));
  const dot = query.indexOf('.');
  if (dot > 0) {
    const [tableQuery, columnQuery] = [query.slice(0, dot), query.slice(dot + 1)];
    return tables
      .filter((t) => matches(tableQuery, t.name, t.label))
      .map((table) => ({
        table,
        columns: table.columns.filter((c) => !columnQuery || matches(columnQuery, c.name, c.label)),
        tableMatched: false,
      }))
      .filter((f) => f.columns.length > 0);
  }
  const result: FilteredTable[] = [];
  for (const table of tables) {
    if (matches(query, table.name, table.label)) {
      result.push({ table, columns: table.columns, tableMatched: true });
      continue;
    }
    const columns = table.columns.filter((c) => matches(query, c.name, c.label));
    if (columns.length > 0) result.push({ table, columns, tableMatched: false });
  }
  return result;
}

export type SchemaRow =
  | { kind: 'table'; table: SchemaTable; expanded: boolean }
  | { kind: 'column'; table: SchemaTable; column: SchemaColumn };

/** Stable id of a row (for aria-activedescendant and React keys). */
export function rowKey(row: SchemaRow): string {
  return row.kind === 'table' ? `t:${row.table.name}` : `c:${row.table.name}.${row.column.name}`;
}

/**
 * The rows on screen, in order: each table, then its columns when it is expanded. While searching,
 * tables whose columns matched are open unless the user closed them.
 */
export function visibleRows(
  filtered: readonly FilteredTable[],
  toggled: ReadonlySet<string>,
  searching: boolean,
): SchemaRow[] {
  const rows: SchemaRow[] = [];
  for (const f of filtered) {
    const openByDefault = searching && !f.tableMatched;
    const expanded = toggled.has(f.table.name) ? !openByDefault : openByDefault;
    rows.push({ kind: 'table', table: f.table, expanded });
    if (expanded) for (const column of f.columns) rows.push({ kind: 'column', table: f.table, column });
  }
  return rows;
}

/** The row index after pressing a navigation key (clamped, no wrap-around). */
export function moveActive(
  current: number,
  key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End',
  count: number,
): number {
  if (count === 0) return -1;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (current < 0) return key === 'ArrowDown' ? 0 : count - 1;
  return Math.max(0, Math.min(count - 1, current + (key === 'ArrowDown' ? 1 : -1)));
}

/** Ctrl/⌘ + Shift + E toggles the schema drawer (Explorer, as in code editors). */
export const SCHEMA_SHORTCUT = { label: 'Ctrl/⌘+Shift+E', aria: 'Control+Shift+E Meta+Shift+E' };

export function isSchemaShortcut(e: {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): boolean {
  return e.shiftKey && (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'e';
}
