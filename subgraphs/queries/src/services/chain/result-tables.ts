// Loads upstream block results into a fresh DuckDB file as typed tables (chained SQL, canvas-model R34).
import { DuckDBInstance, type DuckDBAppender } from '@duckdb/node-api';
import { AppError } from '@tessera/errors';

export interface ResultTable {
  name: string;
  columns: { name: string; type: string }[];
  rows: unknown[][];
}

const TABLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
type Loaded = 'BOOLEAN' | 'BIGINT' | 'DOUBLE' | 'VARCHAR';

/** The narrowest type that holds every value of column `i` (dates arrive as ISO text and stay text until cast). */
function loadedType(rows: unknown[][], i: number): Loaded {
  let type: Loaded | null = null;
  for (const row of rows) {
    const v = row[i];
    if (v === null || v === undefined) continue;
    const t: Loaded =
      typeof v === 'boolean'
        ? 'BOOLEAN'
        : typeof v === 'number'
          ? Number.isSafeInteger(v)
            ? 'BIGINT'
            : 'DOUBLE'
          : 'VARCHAR';
    if (type === null || type === t) type = t;
    else if ((type === 'BIGINT' && t === 'DOUBLE') || (type === 'DOUBLE' && t === 'BIGINT')) type = 'DOUBLE';
    else return 'VARCHAR';
  }
  return type ?? 'VARCHAR';
}

/** DATE and TIMESTAMP columns of the upstream engine come back as ISO text: cast them back. */
function castTo(upstreamType: string): 'DATE' | 'TIMESTAMP' | null {
  if (/^date$/i.test(upstreamType)) return 'DATE';
  if (/^(timestamp|datetime)/i.test(upstreamType)) return 'TIMESTAMP';
  return null;
}

function append(appender: DuckDBAppender, type: Loaded, value: unknown): void {
  if (value === null || value === undefined) return appender.appendNull();
  if (type === 'BOOLEAN') return appender.appendBoolean(value as boolean);
  if (type === 'BIGINT') return appender.appendBigInt(BigInt(value as number));
  if (type === 'DOUBLE') return appender.appendDouble(value as number);
  return appender.appendVarchar(typeof value === 'string' ? value : JSON.stringify(value));
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Checks the tables' shape and size before anything is written. */
export function checkTables(tables: unknown, maxRows: number): ResultTable[] {
  if (!Array.isArray(tables) || tables.length === 0 || tables.length > 32)
    throw AppError.badInput('tables', 'Between 1 and 32 result tables are required');
  let rows = 0;
  const names = new Set<string>();
  for (const table of tables as ResultTable[]) {
    if (!table || typeof table.name !== 'string' || !TABLE_NAME.test(table.name) || names.has(table.name))
      throw AppError.badInput('tables', 'Each result table needs a unique block name');
    names.add(table.name);
    if (!Array.isArray(table.columns) || table.columns.length === 0 || table.columns.length > 1_000)
      throw AppError.badInput('tables', `${table.name}: between 1 and 1,000 columns are required`);
    if (!table.columns.every((c) => c && typeof c.name === 'string' && c.name.length <= 256))
      throw AppError.badInput('tables', `${table.name}: column names must be strings`);
    if (
      !Array.isArray(table.rows) ||
      !table.rows.every((r) => Array.isArray(r) && r.length === table.columns.length)
    )
      throw AppError.badInput('tables', `${table.name}: each row needs one value per column`);
    rows += table.rows.length;
  }
  if (rows > maxRows)
    throw AppError.badInput(
      'tables',
      `The upstream blocks carry ${rows.toLocaleString('en')} rows, more than the ${maxRows.toLocaleString('en')} a chain may carry`,
    );
  return tables as ResultTable[];
}

/** Writes `tables` into a new DuckDB database at `file` and closes it. */
export async function writeResultTables(file: string, tables: ResultTable[]): Promise<void> {
  const instance = await DuckDBInstance.create(file, {
    enable_external_access: 'false',
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const connection = await instance.connect();
  try {
    for (const table of tables) {
      const types = table.columns.map((_, i) => loadedType(table.rows, i));
      const seen = new Set<string>();
      const names = table.columns.map((c) => {
        let name = c.name || 'column';
        for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${c.name}_${n}`;
        seen.add(name.toLowerCase());
        return name;
      });
      await connection.run(
        `CREATE TABLE ${quote(table.name)} (${names.map((n, i) => `${quote(n)} ${types[i]}`).join(', ')})`,
      );
      const appender = await connection.createAppender(table.name);
      for (const row of table.rows) {
        row.forEach((value, i) => append(appender, types[i]!, value));
        appender.endRow();
      }
      appender.closeSync();
      for (const [i, column] of table.columns.entries()) {
        const cast = castTo(column.type);
        if (cast && types[i] === 'VARCHAR')
          await connection
            .run(`ALTER TABLE ${quote(table.name)} ALTER ${quote(names[i]!)} TYPE ${cast}`)
            .catch(() => undefined); // values that do not parse stay text
      }
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
