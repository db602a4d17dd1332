// Cross-filter (issue 21): a click on a chart mark or a table cell sets a canvas interaction filter
// `field = value`. A block "reads a field" when its result has a column of that name; its run is
// then narrowed server-side by running `SELECT * FROM "result" WHERE "field" = ?` over the block's
// result in the chained-SQL DuckDB (queries POST /internal/chain-runs): one dialect (DuckDB
// quoting) for every source, values always bound as parameters, never spliced into the SQL.
import { AppError } from '@tessera/errors';
import type { QueryRunJson, RunChain } from '../clients/queries-client.ts';

/** How many interaction filters one run may carry. */
export const MAX_INTERACTIONS = 8;
/** Longest field name and longest text value. */
export const MAX_FIELD_LENGTH = 128;
export const MAX_VALUE_LENGTH = 1000;

export interface InteractionFilter {
  field: string;
  /** The mark's value; null matches NULL. */
  value: string | number | boolean | null;
}

/** Checks the `interactions` argument: at most 8 `{ field, value }` with a scalar value. */
export function parseInteractions(raw: unknown): InteractionFilter[] {
  if (raw === undefined || raw === null) return [];
  const bad = (message: string) => AppError.badInput('interactions', message);
  if (!Array.isArray(raw)) throw bad('interactions must be a list of { field, value }');
  if (raw.length > MAX_INTERACTIONS) throw bad(`At most ${MAX_INTERACTIONS} interaction filters`);
  return raw.map((item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw bad('Each interaction filter is { field, value }');
    const { field, value } = item as Record<string, unknown>;
    if (typeof field !== 'string' || field.length === 0 || field.length > MAX_FIELD_LENGTH)
      throw bad(`An interaction filter's field is a column name of 1 to ${MAX_FIELD_LENGTH} characters`);
    if (typeof value === 'string' && value.length > MAX_VALUE_LENGTH)
      throw bad(`An interaction filter's value is at most ${MAX_VALUE_LENGTH} characters`);
    if (typeof value === 'number' && !Number.isFinite(value)) throw bad('A number value must be finite');
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value))
      throw bad("An interaction filter's value is a string, a number, a boolean or null");
    return { field, value: value as InteractionFilter['value'] };
  });
}

/** A DuckDB identifier (double quotes doubled inside). */
export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The statement narrowing a result named `table` to the filters (compared as text, so a clicked
 * date or number matches the value the chart showed), with its parameters.
 */
export function interactionQuery(
  table: string,
  filters: readonly InteractionFilter[],
): { sql: string; parameters: Record<string, unknown> } {
  const parameters: Record<string, unknown> = {};
  const conditions = filters.map((filter, i) => {
    const column = quoteIdentifier(filter.field);
    if (filter.value === null) return `${column} IS NULL`;
    parameters[`xf_${i}`] = String(filter.value);
    return `CAST(${column} AS VARCHAR) = {{xf_${i}}}`;
  });
  return { sql: `SELECT * FROM ${quoteIdentifier(table)} WHERE ${conditions.join(' AND ')}`, parameters };
}

/** The filters a result reads: those naming one of its columns. */
export function filtersReading(
  result: Pick<QueryRunJson, 'columns'>,
  filters: readonly InteractionFilter[],
): InteractionFilter[] {
  const names = new Set(result.columns.map((c) => c.name));
  return filters.filter((f) => names.has(f.field));
}

/**
 * The block's result narrowed to the interaction filters it reads (unchanged when it reads none,
 * failed, or chained SQL is not available). `maxRows` caps the narrowed result.
 */
export async function applyInteractions(
  result: QueryRunJson,
  filters: readonly InteractionFilter[],
  runChain: RunChain | undefined,
  maxRows?: number,
): Promise<QueryRunJson> {
  const reading = filtersReading(result, filters);
  if (reading.length === 0 || result.error || result.status !== 'SUCCEEDED') return result;
  if (!runChain) throw new AppError('UNAVAILABLE', 'Cross-filtering is not available');
  const { sql, parameters } = interactionQuery('result', reading);
  const narrowed = await runChain({
    sql,
    parameters,
    ...(maxRows ? { maxRows } : {}),
    tables: [{ name: 'result', columns: result.columns, rows: result.rows }],
  });
  // The source's truncation carries over: the narrowed rows come from a capped result.
  return { ...narrowed, truncated: narrowed.truncated || result.truncated };
}
