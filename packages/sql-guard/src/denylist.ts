import type { Engine } from './types.ts';

/** First keywords a statement may start with (after any opening parentheses). */
export const READ_ONLY_STARTS = new Set(['SELECT', 'WITH']);

/**
 * Keywords that write, lock, or change session/server state, or that only occur in such
 * statements. Denied anywhere as unquoted words (never inside literals, comments or quoted
 * identifiers, and never as part of a longer word such as updated_at).
 */
const COMMON_KEYWORDS = [
  // writes and DDL
  'INSERT',
  'UPDATE',
  'DELETE',
  'MERGE',
  'UPSERT',
  'REPLACE',
  'CREATE',
  'DROP',
  'ALTER',
  'TRUNCATE',
  'RENAME',
  'COMMENT',
  'GRANT',
  'REVOKE',
  'REASSIGN',
  // SELECT … INTO (tables, files, variables)
  'INTO',
  'OUTFILE',
  'DUMPFILE',
  // files, extensions, other databases
  'COPY',
  'ATTACH',
  'DETACH',
  'INSTALL',
  'UNINSTALL',
  'LOAD',
  'EXPORT',
  'IMPORT',
  'USE',
  // session state and procedural code
  'SET',
  'RESET',
  'DISCARD',
  'PRAGMA',
  'CALL',
  'EXECUTE',
  'EXEC',
  'PREPARE',
  'DEALLOCATE',
  'DECLARE',
  'DO',
  'SECURITY',
  // transactions and locks
  'BEGIN',
  'START',
  'COMMIT',
  'ROLLBACK',
  'SAVEPOINT',
  'RELEASE',
  'XA',
  'LOCK',
  'UNLOCK',
  // maintenance and server control
  'VACUUM',
  'ANALYZE',
  'ANALYSE',
  'CHECKPOINT',
  'REINDEX',
  'CLUSTER',
  'REFRESH',
  'LISTEN',
  'NOTIFY',
  'UNLISTEN',
  'KILL',
  'SHUTDOWN',
  'OPTIMIZE',
  'HANDLER',
  'FLUSH',
  'PURGE',
];

const ENGINE_KEYWORDS: Record<Engine, string[]> = {
  postgres: [],
  duckdb: [],
  mysql: [],
  // SETTINGS could override readonly limits; the engine layer appends its own FORMAT.
  clickhouse: ['SETTINGS', 'FORMAT', 'SYSTEM'],
};

export const DENIED_KEYWORDS: Record<Engine, ReadonlySet<string>> = {
  postgres: new Set([...COMMON_KEYWORDS, ...ENGINE_KEYWORDS.postgres]),
  duckdb: new Set([...COMMON_KEYWORDS, ...ENGINE_KEYWORDS.duckdb]),
  mysql: new Set([...COMMON_KEYWORDS, ...ENGINE_KEYWORDS.mysql]),
  clickhouse: new Set([...COMMON_KEYWORDS, ...ENGINE_KEYWORDS.clickhouse]),
};

/** Denied keywords that are also ordinary functions when directly followed by `(`. */
export const FUNCTION_FORM_KEYWORDS: Record<Engine, ReadonlySet<string>> = {
  postgres: new Set(['REPLACE']),
  duckdb: new Set(['REPLACE']), // also SELECT * REPLACE (…)
  mysql: new Set(['REPLACE', 'INSERT', 'TRUNCATE']),
  clickhouse: new Set(['REPLACE', 'TRUNCATE', 'FORMAT']),
};

/**
 * Functions denied per engine, matched case-insensitively on the name before `(`, however
 * qualified or quoted. A trailing `*` matches any name with that prefix.
 */
export const DENIED_FUNCTIONS: Record<Engine, readonly string[]> = {
  postgres: [
    // server files and large objects
    'pg_read_file',
    'pg_read_binary_file',
    'pg_ls_*',
    'pg_stat_file',
    'pg_file_*',
    'pg_current_logfile',
    'lo_*',
    'loread',
    'lowrite',
    // sleeping, locks, other sessions, server control
    'pg_sleep',
    'pg_sleep_for',
    'pg_sleep_until',
    'pg_advisory_*',
    'pg_try_advisory_*',
    'pg_terminate_backend',
    'pg_cancel_backend',
    'pg_reload_conf',
    'pg_rotate_logfile',
    'pg_switch_wal',
    'pg_promote',
    'pg_backup_*',
    'pg_start_backup',
    'pg_stop_backup',
    'pg_stat_reset*',
    'pg_log_*',
    'pg_notify',
    'pg_export_snapshot',
    'pg_import_system_collations',
    'pg_wal_replay_*',
    // settings (read and write), server configuration files and paths
    'set_config',
    'current_setting',
    'pg_show_all_settings',
    'pg_show_all_file_settings',
    'pg_hba_file_rules',
    'pg_ident_file_mappings',
    'pg_config',
    'pg_control_*',
    'pg_tablespace_location',
    'inet_server_addr',
    'inet_server_port',
    // other sessions' queries (the functions behind pg_stat_activity / pg_stat_statements)
    'pg_stat_get_activity',
    'pg_stat_get_backend_*',
    'pg_stat_statements*',
    // replication, slots
    'pg_logical_*',
    'pg_replication_*',
    'pg_create_*',
    'pg_drop_*',
    'pg_copy_*',
    // run SQL text (a denied call inside the text would never be seen) or reach other servers
    'ts_stat',
    'ts_rewrite',
    'query_to_xml*',
    'query_to_xmlschema',
    'table_to_xml*',
    'cursor_to_xml*',
    'database_to_xml*',
    'schema_to_xml*',
    'xpath_table',
    'dblink*',
    'http',
    'http_*',
    'pg_background_*',
    // extensions whose functions take SQL text: tablefunc, Citus, pgRouting, HypoPG, pg_cron
    'crosstab*',
    'connectby',
    'run_command_on_*',
    'pgr_*',
    'hypopg*',
    'schedule',
    'schedule_in_database',
    'alter_job',
    'pg_logdir_ls',
    // writes hidden in functions
    'nextval',
    'setval',
    'brin_summarize_*',
    'brin_desummarize_range',
    'gin_clean_pending_list',
    'pg_prewarm',
    'copy_*',
  ],
  duckdb: [
    // files and remote data (replacement scans are handled separately)
    'read_*',
    'parquet_*',
    'glob',
    'sniff_csv',
    'iceberg_*',
    'delta_scan',
    'st_read*',
    'arrow_scan*',
    // other databases
    'sqlite_*',
    'postgres_*',
    'mysql_*',
    'ducklake_*',
    // extensions, environment, settings, secrets
    'load*',
    'install',
    'getenv',
    'current_setting',
    'duckdb_secrets',
    'duckdb_settings',
    'which_secret',
    // server paths (database files, extension and temporary directories)
    'duckdb_databases',
    'duckdb_extensions',
    'duckdb_temporary_files',
    'duckdb_external_file_cache',
    'pragma_*',
    // run SQL text or plans
    'query',
    'query_table',
    'json_execute_serialized_sql',
    'from_substrait*',
    // misc
    'http_*',
    'sleep_ms',
    'checkpoint',
    'force_checkpoint',
    'nextval',
    'setval',
  ],
  mysql: [
    'load_file',
    'sleep',
    'benchmark',
    'lib_mysqludf_*',
    'get_lock',
    'release_lock',
    'release_all_locks',
    'is_used_lock',
    'sys_*',
    'master_pos_wait',
    'source_pos_wait',
    'wait_for_executed_gtid_set',
    'wait_until_sql_thread_after_gtids',
  ],
  clickhouse: [
    // files, URLs, object stores
    'url',
    'urlCluster',
    'file',
    'fileCluster',
    's3',
    's3Cluster',
    'hdfs',
    'hdfsCluster',
    'gcs',
    'oss',
    'cosn',
    'azureBlobStorage*',
    'deltaLake*',
    'iceberg*',
    'hudi*',
    'paimon*',
    'arrowFlight*',
    // other servers and databases
    'remote',
    'remoteSecure',
    'cluster',
    'clusterAllReplicas',
    'mysql',
    'postgresql',
    'sqlite',
    'jdbc',
    'odbc',
    'mongodb',
    'redis',
    'merge',
    // programs, stdin, sleeping, endless tables
    'executable',
    'input',
    'sleep',
    'sleepEachRow',
    'loop',
    // server settings and internals
    'getSetting',
    'getServerSetting',
    'getMergeTreeSetting',
    'filesystem*',
    'addressToLine*',
    'addressToSymbol',
    'demangle',
    // load model files from the server
    'catboostEvaluate',
    'modelEvaluate',
  ],
};

/** Relations outside the data source (credentials, server settings, other sessions). */
export const DENIED_RELATIONS: Record<Engine, readonly string[]> = {
  postgres: [
    'pg_authid',
    'pg_shadow',
    'pg_user_mapping',
    'pg_user_mappings',
    'pg_file_settings',
    'pg_hba_file_rules',
    'pg_ident_file_mappings',
    'pg_settings',
    'pg_stat_activity',
    'pg_largeobject',
    'pg_largeobject_metadata',
    'pg_statistic',
    'pg_config',
    'pg_stat_statements',
    'pg_stat_statements_info',
  ],
  duckdb: ['duckdb_secrets', 'duckdb_settings', 'which_secret', 'pg_settings'],
  mysql: ['processlist'],
  clickhouse: [],
};

/** Schemas/databases whose every table is off limits: `schema.anything`. */
export const DENIED_SCHEMAS: Record<Engine, readonly string[]> = {
  postgres: [],
  duckdb: [],
  mysql: ['mysql', 'performance_schema', 'sys'],
  clickhouse: ['system'],
};

/** Case and compatibility-folded spellings of a name, so `ſleep` or `ＳＬＥＥＰ` still match `sleep`. */
export function nameVariants(name: string): string[] {
  const nfkc = name.normalize('NFKC');
  return [...new Set([name, nfkc].flatMap((n) => [n.toLowerCase(), n.toUpperCase().toLowerCase()]))];
}

export function matchesDenied(list: readonly string[], name: string): boolean {
  const variants = nameVariants(name);
  return list.some((entry) => {
    const pattern = entry.toLowerCase();
    return pattern.endsWith('*')
      ? variants.some((v) => v.startsWith(pattern.slice(0, -1)))
      : variants.includes(pattern);
  });
}

/** Whether `name` (unqualified, any case) is a denied function on `engine`: the engine-exact gates reuse the list. */
export function isDeniedFunction(engine: Engine, name: string): boolean {
  return matchesDenied(DENIED_FUNCTIONS[engine], name);
}

/** Whether `name` (unqualified) is a denied relation on `engine`. */
export function isDeniedRelation(engine: Engine, name: string): boolean {
  return matchesDenied(DENIED_RELATIONS[engine], name);
}
