import { z } from 'zod';
import type { ModelEdits, SemanticModel } from '@tessera/semantic-model';
import { AppError } from '@tessera/errors';

export const EDIT_LIMITS = {
  columns: 2000,
  label: 120,
  description: 2000,
  synonyms: 30,
  synonym: 60,
  values: 500,
  value: 200,
  relationships: 500,
  identifier: 256,
};
export const AGGREGATIONS = ['sum', 'avg', 'min', 'max', 'count', 'countDistinct'] as const;
const ROLES = ['MEASURE', 'DIMENSION', 'TIME', 'IDENTIFIER'] as const;

const identifier = z
  .string()
  .min(1, 'Required')
  .max(EDIT_LIMITS.identifier, `At most ${EDIT_LIMITS.identifier} characters`);
const isoDate = z
  .string()
  .trim()
  .refine((value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'Give an ISO date (YYYY-MM-DD)');

const columnEdit = z.object({
  table: identifier,
  name: identifier,
  label: z
    .string()
    .trim()
    .min(1, 'A label cannot be empty')
    .max(EDIT_LIMITS.label, `At most ${EDIT_LIMITS.label} characters`)
    .nullish(),
  role: z.enum(ROLES).nullish(),
  aggregation: z.enum(AGGREGATIONS, { message: `One of ${AGGREGATIONS.join(', ')}, or null` }).nullish(),
  description: z
    .string()
    .trim()
    .max(EDIT_LIMITS.description, `At most ${EDIT_LIMITS.description} characters`)
    .nullish(),
  synonyms: z
    .array(
      z
        .string()
        .trim()
        .min(1, 'A synonym cannot be empty')
        .max(EDIT_LIMITS.synonym, `At most ${EDIT_LIMITS.synonym} characters`),
    )
    .max(EDIT_LIMITS.synonyms, `At most ${EDIT_LIMITS.synonyms} synonyms`)
    .nullish(),
  values: z
    .array(
      z.object({
        value: z.string().max(EDIT_LIMITS.value, `At most ${EDIT_LIMITS.value} characters`),
        label: z
          .string()
          .trim()
          .min(1, 'A label cannot be empty')
          .max(EDIT_LIMITS.label, `At most ${EDIT_LIMITS.label} characters`),
      }),
    )
    .max(EDIT_LIMITS.values, `At most ${EDIT_LIMITS.values} value labels per column`)
    .nullish(),
});

const relationship = z.object({
  fromTable: identifier,
  fromColumn: identifier,
  toTable: identifier,
  toColumn: identifier,
});

export const updateModelInput = z.object({
  dataSourceId: z.string(),
  asOf: isoDate.nullish(),
  columns: z.array(columnEdit).max(EDIT_LIMITS.columns, `At most ${EDIT_LIMITS.columns} columns`).nullish(),
  relationships: z
    .array(relationship)
    .max(EDIT_LIMITS.relationships, `At most ${EDIT_LIMITS.relationships} relationships`)
    .nullish(),
});

export type UpdateModelInput = z.input<typeof updateModelInput>;

/** Input fields given (not undefined); GraphQL sends null for an explicit null. */
function given<T>(value: T | null | undefined, keepNull: boolean): value is T {
  return value !== undefined && (keepNull || value !== null);
}

/**
 * The validated edits of an updateSemanticModel input. Every table and column must exist in the
 * model: an edit for something else would be dropped silently, so it is refused, naming the field.
 */
export function editsFromInput(raw: unknown, model: SemanticModel): ModelEdits {
  const parsed = updateModelInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw AppError.badInput(issue.path.join('.'), issue.message);
  }
  const input = parsed.data;
  const columnsOf = new Map(model.tables.map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));
  const mustExist = (tableField: string, columnField: string, table: string, column: string) => {
    const columns = columnsOf.get(table);
    if (!columns) throw AppError.badInput(tableField, `The model has no table "${table}"`);
    if (!columns.has(column))
      throw AppError.badInput(columnField, `Table "${table}" has no column "${column}"`);
  };
  const edits: ModelEdits = {};
  // asOf: null gives the inferred date back.
  if (given(input.asOf, true)) edits.asOf = input.asOf;
  if (given(input.columns, false)) {
    edits.columns = input.columns.map((column, index) => {
      mustExist(`columns.${index}.table`, `columns.${index}.name`, column.table, column.name);
      return {
        table: column.table,
        name: column.name,
        ...(given(column.label, false) ? { label: column.label } : {}),
        ...(given(column.role, false) ? { role: column.role } : {}),
        ...(given(column.aggregation, true) ? { aggregation: column.aggregation } : {}),
        ...(given(column.description, true) ? { description: column.description || null } : {}),
        ...(given(column.synonyms, false) ? { synonyms: [...new Set(column.synonyms)] } : {}),
        ...(given(column.values, false) ? { values: column.values } : {}),
      };
    });
  }
  // relationships: null gives the inferred ones back.
  if (input.relationships === null) edits.relationships = null;
  else if (given(input.relationships, false)) {
    edits.relationships = input.relationships.map((r, index) => {
      mustExist(
        `relationships.${index}.fromTable`,
        `relationships.${index}.fromColumn`,
        r.fromTable,
        r.fromColumn,
      );
      mustExist(`relationships.${index}.toTable`, `relationships.${index}.toColumn`, r.toTable, r.toColumn);
      return r;
    });
  }
  return edits;
}
