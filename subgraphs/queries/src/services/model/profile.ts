import type { Dialect, QueryEngine, TableInfo } from '../../engines/types.ts';
import {
  columnKind,
  columnStatsSql,
  containmentSql,
  tableStatsSql,
  topValuesSql,
  type ColumnKind,
} from './profile-sql.ts';

/** Caps on how much of a source is profiled; columns past them keep their names and types only. */
export const PROFILE_LIMITS = {
  tables: 200,
  columnsPerTable: 300,
  profiledColumns: 600,
  candidates: 60,
  statementMs: 5_000,
  columnsPerStatement: 40,
};

// The shapes @tessera/semantic-model reads (structurally the same as its ColumnProfile/TableProfile).
export interface ColumnStats {
  name: string;
  type: string;
  rowCount?: number;
  distinctCount?: number;
  nullCount?: number;
  topValues?: string[];
  min?: string | null;
  max?: string | null;
}
export interface TableStats {
  name: string;
  rowCount?: number;
  columns: ColumnStats[];
  foreignKeys?: { columns: string[]; referencedTable: string; referencedColumns: string[] }[];
}

/**
 * Foreign-key column lists as arrays: PostgreSQL's introspection returns `name[]`, which node-pg
 * leaves as the literal text '{a,b}' (engines/postgres.ts casts nothing), so both shapes are read.
 */
function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  const inner = value.replace(/^\{|\}$/g, '');
  return inner === ''
    ? []
    : inner.split(',').map((name) => name.replace(/^"|"$/g, '').replaceAll('\\"', '"'));
}

export function foreignKeysOf(table: TableInfo): NonNullable<TableStats['foreignKeys']> {
  return (table.foreignKeys ?? []).map((key) => ({
    columns: names(key.columns),
    referencedTable: key.referencedTable,
    referencedColumns: names(key.referencedColumns),
  }));
}

/** A run budget: statements stop being started once it is spent or the signal fires. */
export interface Budget {
  deadline: number;
  signal: AbortSignal;
}

const remaining = (budget: Budget) => budget.deadline - Date.now();
const spent = (budget: Budget) => budget.signal.aborted || remaining(budget) < 200;

async function run(engine: QueryEngine, sql: string, maxRows: number, budget: Budget): Promise<unknown[][]> {
  const timeoutMs = Math.max(200, Math.min(PROFILE_LIMITS.statementMs, remaining(budget)));
  const signal = AbortSignal.any([budget.signal, AbortSignal.timeout(timeoutMs + 1_000)]);
  const result = await engine.execute({
    sql,
    values: [],
    maxRows,
    timeoutMs,
    signal,
    requestId: 'semantic-model',
  });
  return result.rows;
}

const count = (value: unknown): number | undefined => {
  const n = Number(value);
  return value === null || value === undefined || !Number.isFinite(n) ? undefined : n;
};
const text = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);

function fill(
  stats: ColumnStats,
  kind: ColumnKind,
  rows: unknown,
  distinct: unknown,
  present: unknown,
  min: unknown,
  max: unknown,
): void {
  stats.rowCount = count(rows);
  stats.distinctCount = count(distinct);
  const presentCount = count(present);
  if (stats.rowCount !== undefined && presentCount !== undefined)
    stats.nullCount = stats.rowCount - presentCount;
  // Text keeps its range too: a text column of dates ("2024-03-31") answers asOf like a DATE column.
  if (kind === 'number' || kind === 'time' || kind === 'text') {
    stats.min = text(min);
    stats.max = text(max);
  }
}

/** One column's statistics on its own: the fallback when a table's combined statement fails. */
async function profileColumn(
  engine: QueryEngine,
  dialect: Dialect,
  table: TableInfo,
  stats: ColumnStats,
  kind: ColumnKind,
  budget: Budget,
): Promise<void> {
  try {
    const [row] = await run(engine, columnStatsSql(dialect, table, stats.name, kind), 1, budget);
    if (row) fill(stats, kind, row[0], row[1], row[2], row[3], row[4]);
  } catch {
    // A column the engine cannot aggregate (or a statement that timed out) is left without statistics.
  }
}

/** Statistics of some columns of one table: one statement for all of them, column by column if it fails. */
async function profileColumns(
  engine: QueryEngine,
  dialect: Dialect,
  table: TableInfo,
  columns: { stats: ColumnStats; kind: ColumnKind }[],
  budget: Budget,
): Promise<void> {
  try {
    const [row] = await run(
      engine,
      tableStatsSql(
        dialect,
        table,
        columns.map((c) => ({ name: c.stats.name, kind: c.kind })),
      ),
      1,
      budget,
    );
    if (!row) return;
    columns.forEach((c, i) =>
      fill(c.stats, c.kind, row[0], row[1 + i * 4], row[2 + i * 4], row[3 + i * 4], row[4 + i * 4]),
    );
  } catch {
    for (const c of columns) {
      if (spent(budget)) return;
      await profileColumn(engine, dialect, table, c.stats, c.kind, budget);
    }
  }
}

async function topValues(
  engine: QueryEngine,
  dialect: Dialect,
  table: TableInfo,
  stats: ColumnStats,
  budget: Budget,
): Promise<void> {
  try {
    stats.topValues = (await run(engine, topValuesSql(dialect, table, stats.name), 50, budget)).map((r) =>
      String(r[0]),
    );
  } catch {
    // left without top values
  }
}

/**
 * Statistics of every table's columns on the source's own guarded engine (read-only, time limits),
 * sampled: per table one statement for the counts and ranges (in chunks), one per text column for
 * its top values, one at a time so a busy source is not flooded. Work stops at the budget.
 */
export async function profileTables(
  engine: QueryEngine,
  dialect: Dialect,
  tables: TableInfo[],
  budget: Budget,
): Promise<TableStats[]> {
  let profiled = 0;
  const result: TableStats[] = [];
  for (const table of tables.slice(0, PROFILE_LIMITS.tables)) {
    const columns = table.columns
      .slice(0, PROFILE_LIMITS.columnsPerTable)
      .map((c): ColumnStats => ({ name: c.name, type: c.type }));
    const measurable = columns
      .map((stats) => ({ stats, kind: columnKind(stats.type) }))
      .filter((c) => c.kind !== 'other')
      .slice(0, Math.max(0, PROFILE_LIMITS.profiledColumns - profiled));
    profiled += measurable.length;
    for (
      let start = 0;
      start < measurable.length && !spent(budget);
      start += PROFILE_LIMITS.columnsPerStatement
    ) {
      await profileColumns(
        engine,
        dialect,
        table,
        measurable.slice(start, start + PROFILE_LIMITS.columnsPerStatement),
        budget,
      );
    }
    for (const c of measurable) {
      if (c.kind === 'text' && c.stats.rowCount !== undefined && !spent(budget))
        await topValues(engine, dialect, table, c.stats, budget);
    }
    const rowCount = columns.find((c) => c.rowCount !== undefined)?.rowCount;
    result.push({
      name: table.name,
      ...(rowCount !== undefined ? { rowCount } : {}),
      columns,
      foreignKeys: foreignKeysOf(table),
    });
  }
  return result;
}

export interface Candidate {
  fromTable: string;
  fromColumn: string;
  toTable: string;
  toColumn: string;
}
export const containmentKey = (c: Candidate) => `${c.fromTable}.${c.fromColumn}->${c.toTable}.${c.toColumn}`;

/**
 * Which candidates hold on the data: every distinct sampled value of `from` occurs in `to`, and
 * there is at least one. One bounded statement per candidate; a failing one is simply not contained.
 */
export async function checkContainment(
  engine: QueryEngine,
  dialect: Dialect,
  tables: TableInfo[],
  candidates: Candidate[],
  budget: Budget,
): Promise<Set<string>> {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const contained = new Set<string>();
  for (const candidate of candidates.slice(0, PROFILE_LIMITS.candidates)) {
    if (spent(budget)) break;
    const from = byName.get(candidate.fromTable);
    const to = byName.get(candidate.toTable);
    if (!from || !to) continue;
    try {
      const [row] = await run(
        engine,
        containmentSql(dialect, from, candidate.fromColumn, to, candidate.toColumn),
        1,
        budget,
      );
      if (row && (count(row[0]) ?? 0) > 0 && count(row[1]) === 0) contained.add(containmentKey(candidate));
    } catch {
      // incompatible types, a timeout: not contained
    }
  }
  return contained;
}
