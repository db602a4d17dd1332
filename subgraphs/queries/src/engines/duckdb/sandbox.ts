import { isDeniedFunction, isDeniedRelation } from '@tessera/sql-guard';

/**
 * How a query database is opened: read-only, no file or network access from SQL, no extension
 * installs or loads, bounded memory and threads, and the configuration locked so a statement
 * cannot loosen any of it.
 */
export function sandboxSettings(options: { memoryLimit: string; threads: number }): Record<string, string> {
  return {
    access_mode: 'READ_ONLY',
    enable_external_access: 'false',
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    allow_community_extensions: 'false',
    allow_unsigned_extensions: 'false',
    memory_limit: options.memoryLimit,
    threads: String(options.threads),
    lock_configuration: 'true',
  };
}

/**
 * Beyond sql-guard's DuckDB list (the same list, via isDeniedFunction), functions the syntax tree
 * must never contain: table functions that report server paths or settings.
 */
const EXTRA_DENIED =
  /^(duckdb_databases|duckdb_extensions|duckdb_settings|duckdb_temporary_files|duckdb_external_file_cache|duckdb_secrets|duckdb_log.*|pragma_.*|current_setting|getenv|which_secret)$/i;
/** A table name DuckDB would read as a file (a replacement scan): a path, a URL or a file extension. */
const FILE_LIKE =
  /[/\\:~*?]|\.(csv|tsv|txt|parquet|json|jsonl|ndjson|xlsx|xls|arrow|ipc|feather|avro|orc|db|ddb|duckdb|sqlite3?|gz|gzip|zst|zstd|bz2|xz|lz4|tbl|dat|blob)$/i;

/**
 * The engine-exact gate for DuckDB, on DuckDB's own parse (json_serialize_sql, which only
 * serializes SELECT statements): every function call and table function is checked against the
 * denylists, and every table name that DuckDB would read as a file is refused. It lives here, not
 * in sql-guard, because only the engine can produce this tree. Returns the offending name.
 */
export function deniedFunctionIn(ast: unknown): string | null {
  const stack: unknown[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const name = record.function_name;
      if (typeof name === 'string' && (isDeniedFunction('duckdb', name) || EXTRA_DENIED.test(name)))
        return `${name}()`;
      if (record.type === 'BASE_TABLE' && typeof record.table_name === 'string') {
        const table = record.table_name;
        if (FILE_LIKE.test(table) || isDeniedRelation('duckdb', table) || EXTRA_DENIED.test(table))
          return table;
      }
      stack.push(...Object.values(record));
    }
  }
  return null;
}

/** A bare VALUES list (DuckDB serializes it as a SELECT over an expression list): sql-guard refuses it, so does this gate. */
export function isBareValues(statement: unknown): boolean {
  const node = (statement as { node?: { type?: string; from_table?: { type?: string } } } | undefined)?.node;
  return node?.type === 'SELECT_NODE' && node.from_table?.type === 'EXPRESSION_LIST';
}
