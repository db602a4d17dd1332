// The model editor's state is a copy of the semantic model; saving sends only what differs from
// the model as loaded: changed columns (with just their changed fields), the relationships list
// when it changed, asOf when it changed.
import type {
  ColumnRole,
  ModelColumnInput,
  RelationshipInput,
  UpdateSemanticModelInput,
} from '../../../gql/graphql';

export interface EditableColumn {
  name: string;
  label: string;
  role: ColumnRole;
  aggregation: string | null;
  description: string | null;
  synonyms: string[];
  values: { value: string; label: string }[];
}

export interface EditableTable {
  name: string;
  label: string;
  description?: string | null;
  columns: EditableColumn[];
}

export interface EditableRelationship extends RelationshipInput {
  inferred: boolean;
}

export interface EditableModel {
  asOf: string | null;
  tables: EditableTable[];
  relationships: EditableRelationship[];
}

export const ROLES: ColumnRole[] = ['DIMENSION', 'MEASURE', 'TIME', 'IDENTIFIER'];
export const AGGREGATIONS = ['sum', 'avg', 'count', 'count_distinct', 'min', 'max'];

type ColumnField = Exclude<keyof EditableColumn, 'name'>;
const FIELDS: ColumnField[] = ['label', 'role', 'aggregation', 'description', 'synonyms', 'values'];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const emptyToNull = (text: string | null) => (text && text.trim() ? text.trim() : null);

export const relationshipKey = (r: RelationshipInput) =>
  `${r.fromTable}.${r.fromColumn}->${r.toTable}.${r.toColumn}`;

/** The input for updateSemanticModel, or null when nothing changed. */
export function modelChanges(
  dataSourceId: string,
  original: EditableModel,
  edited: EditableModel,
): UpdateSemanticModelInput | null {
  const columns: ModelColumnInput[] = [];
  for (const table of edited.tables) {
    const before = original.tables.find((t) => t.name === table.name);
    for (const column of table.columns) {
      const was = before?.columns.find((c) => c.name === column.name);
      const change: ModelColumnInput = { table: table.name, name: column.name };
      let changed = false;
      for (const field of FIELDS) {
        if (was && same(normalized(was)[field], normalized(column)[field])) continue;
        (change as unknown as Record<string, unknown>)[field] = normalized(column)[field];
        changed = true;
      }
      if (changed) columns.push(change);
    }
  }
  const input: UpdateSemanticModelInput = { dataSourceId };
  if (columns.length) input.columns = columns;
  const keys = (list: RelationshipInput[]) => list.map(relationshipKey).sort();
  if (!same(keys(original.relationships), keys(edited.relationships))) {
    input.relationships = edited.relationships.map(({ fromTable, fromColumn, toTable, toColumn }) => ({
      fromTable,
      fromColumn,
      toTable,
      toColumn,
    }));
  }
  if ((original.asOf ?? null) !== (emptyToNull(edited.asOf) ?? null)) input.asOf = emptyToNull(edited.asOf);
  return Object.keys(input).length > 1 ? input : null;
}

/** How the server would store a column: trimmed text, blank as null, no empty synonyms or value rows. */
function normalized(column: EditableColumn): Omit<EditableColumn, 'name'> {
  return {
    label: column.label.trim(),
    role: column.role,
    aggregation: emptyToNull(column.aggregation),
    description: emptyToNull(column.description),
    synonyms: column.synonyms.map((s) => s.trim()).filter(Boolean),
    values: column.values
      .map((v) => ({ value: v.value.trim(), label: v.label.trim() }))
      .filter((v) => v.value || v.label),
  };
}

/** Problems keyed `<table>.<column>.<field>` (or `asOf`, `relationships`), shown beside the inputs. */
export function modelErrors(model: EditableModel): Record<string, string> {
  const errors: Record<string, string> = {};
  if (model.asOf && !isIsoDate(model.asOf)) errors.asOf = 'Use a date like 2024-12-31';
  for (const table of model.tables) {
    for (const column of table.columns) {
      const key = `${table.name}.${column.name}`;
      if (!column.label.trim()) errors[`${key}.label`] = 'Label is required';
      if (column.label.length > 120) errors[`${key}.label`] = 'Labels are 120 characters at most';
      const seen = new Set<string>();
      column.values.forEach((v, i) => {
        const value = v.value.trim();
        if (!value && !v.label.trim()) return;
        if (!value) errors[`${key}.values.${i}`] = 'Value is required';
        else if (!v.label.trim()) errors[`${key}.values.${i}`] = 'Label is required';
        else if (seen.has(value)) errors[`${key}.values.${i}`] = `${value} is listed twice`;
        seen.add(value);
      });
    }
  }
  const keys = model.relationships.map(relationshipKey);
  if (new Set(keys).size !== keys.length) errors.relationships = 'A relationship is listed twice';
  return errors;
}

export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** A server error field (`columns.orders.total.label`, `relationships.0`…) → the editor's error key. */
export function errorKeyFromServer(field: string | null): string | null {
  if (!field) return null;
  return field.replace(/^columns\./, '').replace(/^relationships\.\d+.*$/, 'relationships');
}
