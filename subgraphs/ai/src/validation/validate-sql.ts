import {
  guardSql,
  splitStatements,
  tokenize,
  TokenizeError,
  type Engine,
  type Token,
} from '@tessera/sql-guard';
import { collectReferences, lower, type NamePart, type TableReference } from './sql-references.ts';

/** The tables (with their columns) the caller may read in the source, as introspected. */
export interface ReadableTable {
  name: string;
  schema?: string | null;
  columns: { name: string }[];
}

export type ValidationCode =
  | 'EMPTY'
  | 'PARSE_ERROR'
  | 'MULTIPLE_STATEMENTS'
  | 'NOT_READ_ONLY'
  | 'DENIED_FUNCTION'
  | 'DENIED_KEYWORD'
  | 'NOT_A_SELECT'
  | 'PARAMETERS'
  | 'TABLE_FUNCTION'
  | 'UNKNOWN_TABLE'
  | 'UNKNOWN_COLUMN';

export type Validation =
  | { ok: true; sql: string; tables: string[]; limitAdded: boolean }
  | { ok: false; code: ValidationCode; message: string; position?: number };

export interface ValidateOptions {
  dialect: Engine;
  tables: readonly ReadableTable[];
  /** Added when the statement has no top-level LIMIT. */
  defaultLimit: number;
}

const fail = (code: ValidationCode, message: string, position?: number): Validation => ({
  ok: false,
  code,
  message,
  ...(position === undefined ? {} : { position }),
});

/** How the dialect compares an identifier with a stored name: PostgreSQL folds bare names to lower case, ClickHouse is exact. */
function sameName(dialect: Engine, ref: NamePart, stored: string): boolean {
  if (dialect === 'clickhouse' || (dialect === 'postgres' && ref.quoted)) return ref.name === stored;
  if (dialect === 'postgres') return ref.name.toLowerCase() === stored;
  return ref.name.toLowerCase() === stored.toLowerCase();
}

function resolveTable(
  dialect: Engine,
  tables: readonly ReadableTable[],
  parts: NamePart[],
): ReadableTable | undefined {
  if (parts.length === 1) return tables.find((t) => sameName(dialect, parts[0] as NamePart, t.name));
  if (parts.length === 2) {
    const [schema, name] = parts as [NamePart, NamePart];
    return tables.find(
      (t) => t.schema != null && sameName(dialect, schema, t.schema) && sameName(dialect, name, t.name),
    );
  }
  return undefined;
}

const display = (parts: NamePart[]): string => parts.map((p) => p.name).join('.');

/** The statement without comments (planted text stays out of what is returned), with a LIMIT when it has none at top level. */
function finalText(
  all: Token[],
  statementStart: number,
  statementEnd: number,
  significant: Token[],
  defaultLimit: number,
): { sql: string; limitAdded: boolean } {
  let depth = 0;
  let hasLimit = false;
  for (const t of significant) {
    if (t.kind === 'punct' && t.text === '(') depth += 1;
    else if (t.kind === 'punct' && t.text === ')') depth -= 1;
    else if (depth === 0 && t.kind === 'word' && /^(limit|fetch)$/i.test(t.text)) hasLimit = true;
  }
  const text = all
    .filter((t) => t.start >= statementStart && t.end <= statementEnd)
    .map((t) =>
      t.kind === 'comment'
        ? t.text.includes('\n') || t.text.startsWith('--') || t.text.startsWith('#')
          ? '\n'
          : ' '
        : t.text,
    )
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
  return hasLimit
    ? { sql: text, limitAdded: false }
    : { sql: `${text}\nLIMIT ${defaultLimit}`, limitAdded: true };
}

/**
 * The gate every generated statement passes before it is returned (whatever wrote it): sql-guard
 * (one read-only statement for the dialect), then a plain SELECT, no parameters, only the source's
 * own tables (no table functions, files or catalogs), only columns that exist, and a LIMIT.
 */
export function validateSql(sql: string, options: ValidateOptions): Validation {
  const { dialect, tables } = options;
  const guard = guardSql(sql, dialect);
  if (!guard.ok) return fail(guard.code, guard.message, guard.position);
  if (guard.kind !== 'select') return fail('NOT_A_SELECT', 'Only a SELECT statement can be suggested.');
  if (guard.parameters.length > 0) return fail('PARAMETERS', 'Generated SQL may not contain {{parameters}}.');

  let all: Token[];
  try {
    all = tokenize(sql, dialect);
  } catch (error) {
    if (error instanceof TokenizeError) return fail('PARSE_ERROR', error.message, error.position);
    throw error;
  }
  const [statement] = splitStatements(all);
  if (!statement) return fail('EMPTY', 'The query is empty.');
  const refs = collectReferences(statement.tokens);

  const [fn] = refs.tableFunctions;
  if (fn)
    return fail('TABLE_FUNCTION', `Only the data source's tables can be read, not ${fn.name}.`, fn.position);

  const used = new Map<TableReference, ReadableTable>();
  for (const ref of refs.tables) {
    const table = resolveTable(dialect, tables, ref.parts);
    if (!table)
      return fail(
        'UNKNOWN_TABLE',
        `The table "${display(ref.parts)}" is not in this data source.`,
        ref.position,
      );
    used.set(ref, table);
  }

  const allColumns = new Set(tables.flatMap((t) => t.columns.map((c) => c.name.toLowerCase())));
  const referenced = [...used.values()];
  for (const column of refs.columns) {
    const { qualifier } = column;
    if (qualifier.length === 0) {
      const name = lower(column.column as NamePart);
      if (allColumns.has(name) || refs.definedNames.has(name) || refs.tableAliases.has(name)) continue;
      return fail(
        'UNKNOWN_COLUMN',
        `The column "${column.column?.name}" does not exist in the tables of this data source.`,
        column.position,
      );
    }
    const key = lower(qualifier.at(-1) as NamePart);
    let table: ReadableTable | undefined;
    if (qualifier.length === 1 && refs.tableAliases.has(key)) {
      const target = refs.tableAliases.get(key);
      if (!target) continue; // a subquery or CTE: its columns are checked where they are defined
      table = used.get(target);
    } else if (qualifier.length === 1 && refs.definedNames.has(key)) {
      continue;
    } else {
      table = resolveTable(dialect, referenced, qualifier);
    }
    if (!table)
      return fail(
        'UNKNOWN_TABLE',
        `"${display(qualifier)}" is not a table or alias of this query.`,
        column.position,
      );
    if (column.column && !table.columns.some((c) => sameName(dialect, column.column as NamePart, c.name))) {
      return fail(
        'UNKNOWN_COLUMN',
        `The table "${table.name}" has no column "${column.column.name}".`,
        column.position,
      );
    }
  }

  const { sql: text, limitAdded } = finalText(
    all,
    statement.start,
    statement.end,
    statement.tokens,
    options.defaultLimit,
  );
  // The rewritten text must still be exactly one read-only statement.
  const again = guardSql(text, dialect);
  if (!again.ok) return fail(again.code, again.message, again.position);
  return { ok: true, sql: text, tables: [...new Set(referenced.map((t) => t.name))], limitAdded };
}
