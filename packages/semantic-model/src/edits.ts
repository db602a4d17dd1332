import type { ColumnEdit, ModelColumn, ModelEdits, Relationship, SemanticModel } from './types.ts';

const COLUMN_FIELDS = ['label', 'role', 'aggregation', 'description', 'synonyms', 'values'] as const;

function columnKey(edit: { table: string; name: string }): string {
  return JSON.stringify([edit.table, edit.name]);
}

function mergeColumn(older: ColumnEdit, newer: ColumnEdit): ColumnEdit {
  const merged: ColumnEdit = { ...older };
  for (const field of COLUMN_FIELDS)
    if (newer[field] !== undefined) Object.assign(merged, { [field]: newer[field] });
  return merged;
}

function applyColumn(column: ModelColumn, edit: ColumnEdit): ModelColumn {
  const edited: ModelColumn = { ...column };
  for (const field of COLUMN_FIELDS)
    if (edit[field] !== undefined) Object.assign(edited, { [field]: edit[field] });
  return edited;
}

/** Column edits merged by (table, name): later fields win, first appearance keeps its place. */
function mergeColumnEdits(edits: ColumnEdit[]): ColumnEdit[] {
  const merged = new Map<string, ColumnEdit>();
  for (const edit of edits) {
    const key = columnKey(edit);
    const earlier = merged.get(key);
    merged.set(key, earlier ? mergeColumn(earlier, edit) : { ...edit });
  }
  return [...merged.values()];
}

/**
 * Two rounds of edits as one. A field left undefined keeps the older value; `asOf: null` and
 * `relationships: null` mean "back to the inferred one" and so override older edits too.
 */
export function mergeEdits(older: ModelEdits, newer: ModelEdits): ModelEdits {
  const merged: ModelEdits = {};
  const asOf = newer.asOf !== undefined ? newer.asOf : older.asOf;
  if (asOf !== undefined) merged.asOf = asOf;
  const columns = mergeColumnEdits([...(older.columns ?? []), ...(newer.columns ?? [])]);
  if (columns.length > 0) merged.columns = columns;
  const relationships = newer.relationships !== undefined ? newer.relationships : older.relationships;
  if (relationships !== undefined) merged.relationships = relationships;
  return merged;
}

function relationshipExists(model: SemanticModel, link: Omit<Relationship, 'inferred'>): boolean {
  const hasColumn = (table: string, column: string) =>
    model.tables.some(
      (candidate) => candidate.name === table && candidate.columns.some((each) => each.name === column),
    );
  return hasColumn(link.fromTable, link.fromColumn) && hasColumn(link.toTable, link.toColumn);
}

/**
 * Edits over an inference, field by field (edits win; later edits to a column merge over earlier).
 * Relationships given replace the inferred list (as `inferred: false`); edits naming tables or
 * columns that no longer exist are dropped. `asOf: null` / `relationships: null` keep the inferred ones.
 */
export function applyEdits(inferred: SemanticModel, edits: ModelEdits): SemanticModel {
  const byColumn = new Map(mergeColumnEdits(edits.columns ?? []).map((edit) => [columnKey(edit), edit]));
  const tables = inferred.tables.map((table) => ({
    ...table,
    columns: table.columns.map((column) => {
      const edit = byColumn.get(columnKey({ table: table.name, name: column.name }));
      return edit ? applyColumn(column, edit) : column;
    }),
  }));
  const model: SemanticModel = { ...inferred, tables };
  if (edits.asOf !== undefined && edits.asOf !== null) model.asOf = edits.asOf;
  if (edits.relationships) {
    const seen = new Set<string>();
    model.relationships = edits.relationships
      .filter((link) => relationshipExists(model, link))
      .map(({ fromTable, fromColumn, toTable, toColumn }) => ({
        fromTable,
        fromColumn,
        toTable,
        toColumn,
        inferred: false,
      }))
      .filter((link) => {
        const key = JSON.stringify([link.fromTable, link.fromColumn, link.toTable, link.toColumn]);
        return seen.has(key) ? false : (seen.add(key), true);
      });
  }
  return model;
}
