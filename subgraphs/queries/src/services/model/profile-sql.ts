import type { Dialect, TableInfo } from '../../engines/types.ts';

/** Rows a statistic reads from each table: a LIMIT subquery bounds the work on any engine. */
export const SAMPLE_ROWS = 100_000;
export const TOP_VALUES = 50;

export type ColumnKind = 'number' | 'time' | 'text' | 'bool' | 'other';

const NUMBER = /int|decimal|numeric|float|double|real|number|money|serial|hugeint/i;
const TIME = /date|time/i;
const TEXT = /char|text|string|uuid|enum|name|citext/i;
const BOOL = /^(nullable\()?(bool|boolean)\)?$/i;
// Values that cannot be compared or grouped on some engine (json in PostgreSQL, arrays, blobs).
const OTHER =
  /json|array|point|polygon|lseg|box|circle|inet|cidr|macaddr|tsvector|tsquery|\[\]|blob|binary|bytea|map\(|tuple\(|geometry|geography|xml|struct|union|interval|bit\b/i;

/** The kind of a column type as PostgreSQL, MySQL/MariaDB, ClickHouse or DuckDB names it. */
export function columnKind(type: string): ColumnKind {
  if (OTHER.test(type)) return 'other';
  if (BOOL.test(type)) return 'bool';
  if (TIME.test(type) && !/interval/i.test(type)) return 'time';
  if (NUMBER.test(type) && !TEXT.test(type)) return 'number';
  if (TEXT.test(type)) return 'text';
  return 'other';
}

export function quoteIdent(dialect: Dialect, name: string): string {
  return dialect === 'mysql' || dialect === 'clickhouse'
    ? `\`${name.replaceAll('`', '``')}\``
    : `"${name.replaceAll('"', '""')}"`;
}

/** The table as a statement names it: schema-qualified where the engine's search path may not see it. */
export function tableRef(dialect: Dialect, table: Pick<TableInfo, 'name' | 'schema'>): string {
  const qualify =
    table.schema && (dialect === 'postgres' || (dialect === 'duckdb' && table.schema !== 'main'));
  return qualify
    ? `${quoteIdent(dialect, table.schema!)}.${quoteIdent(dialect, table.name)}`
    : quoteIdent(dialect, table.name);
}

function asText(dialect: Dialect, expression: string): string {
  switch (dialect) {
    case 'postgres':
      return `CAST(${expression} AS text)`;
    case 'mysql':
      return `CAST(${expression} AS CHAR)`;
    case 'clickhouse':
      return `toString(${expression})`;
    default:
      return `CAST(${expression} AS VARCHAR)`;
  }
}

/** One column of the sample, renamed so the outer statement needs no quoting. */
function sample(dialect: Dialect, table: TableInfo, column: string): string {
  return `(SELECT ${quoteIdent(dialect, column)} AS tv_col FROM ${tableRef(dialect, table)} LIMIT ${SAMPLE_ROWS}) tv_sample`;
}

/**
 * Rows, distinct values, nulls, and (numbers, dates, text) min/max as text, of one column's sample.
 * ClickHouse 18.16: uniqExact, count(x) skips NULLs, toString; no parameters anywhere.
 */
export function columnStatsSql(dialect: Dialect, table: TableInfo, column: string, kind: ColumnKind): string {
  const distinct = dialect === 'clickhouse' ? 'uniqExact(tv_col)' : 'count(DISTINCT tv_col)';
  const range =
    kind === 'number' || kind === 'time' || kind === 'text'
      ? `${asText(dialect, 'min(tv_col)')} AS tv_min, ${asText(dialect, 'max(tv_col)')} AS tv_max`
      : 'NULL AS tv_min, NULL AS tv_max';
  return `SELECT count(*) AS tv_rows, ${distinct} AS tv_distinct, count(tv_col) AS tv_present, ${range} FROM ${sample(dialect, table, column)}`;
}

/**
 * The same statistics for several columns of one table in one statement (columns renamed tv_c0,
 * tv_c1, ... in the sample): per column distinct, present, min, max, after one row count.
 */
export function tableStatsSql(
  dialect: Dialect,
  table: TableInfo,
  columns: { name: string; kind: ColumnKind }[],
): string {
  const sampled = columns.map((c, i) => `${quoteIdent(dialect, c.name)} AS tv_c${i}`).join(', ');
  const parts = columns.map((c, i) => {
    const col = `tv_c${i}`;
    const distinct = dialect === 'clickhouse' ? `uniqExact(${col})` : `count(DISTINCT ${col})`;
    const range =
      c.kind === 'number' || c.kind === 'time' || c.kind === 'text'
        ? `${asText(dialect, `min(${col})`)}, ${asText(dialect, `max(${col})`)}`
        : 'NULL, NULL';
    return `${distinct}, count(${col}), ${range}`;
  });
  return `SELECT count(*), ${parts.join(', ')} FROM (SELECT ${sampled} FROM ${tableRef(dialect, table)} LIMIT ${SAMPLE_ROWS}) tv_sample`;
}

/** The most frequent values of a text-ish column's sample, as text, most frequent first. */
export function topValuesSql(dialect: Dialect, table: TableInfo, column: string): string {
  return `SELECT ${asText(dialect, 'tv_col')} AS tv_value, count(*) AS tv_count FROM ${sample(dialect, table, column)}
    WHERE tv_col IS NOT NULL GROUP BY tv_value ORDER BY tv_count DESC, tv_value LIMIT ${TOP_VALUES}`;
}

/**
 * How many distinct sampled values of `from` are missing from `to` (0: contained). The sample of
 * `from` is bounded; `to` is read whole, as a key column usually is small next to its facts.
 */
export function containmentSql(
  dialect: Dialect,
  from: TableInfo,
  fromColumn: string,
  to: TableInfo,
  toColumn: string,
): string {
  const fromSample = `(SELECT DISTINCT ${quoteIdent(dialect, fromColumn)} AS tv_col FROM ${tableRef(dialect, from)} WHERE ${quoteIdent(dialect, fromColumn)} IS NOT NULL LIMIT ${SAMPLE_ROWS}) tv_from`;
  const target = `SELECT ${quoteIdent(dialect, toColumn)} FROM ${tableRef(dialect, to)} WHERE ${quoteIdent(dialect, toColumn)} IS NOT NULL`;
  return `SELECT count(*) AS tv_checked, sum(CASE WHEN tv_col IN (${target}) THEN 0 ELSE 1 END) AS tv_missing FROM ${fromSample}`;
}
