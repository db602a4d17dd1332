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

const DENIED_FUNCTION = /^(read_|parquet_|glob$|sniff_csv$|iceberg_|delta_scan$|sqlite_|postgres_|mysql_|getenv$|query$|query_table$|duckdb_secrets$|which_secret$|load$|install$)/i;

/** Walks the serialized AST (json_serialize_sql) for table functions and calls that reach outside. */
export function deniedFunctionIn(ast: unknown): string | null {
  const stack: unknown[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const name = record.function_name;
      if (typeof name === 'string' && DENIED_FUNCTION.test(name)) return name;
      stack.push(...Object.values(record));
    }
  }
  return null;
}
