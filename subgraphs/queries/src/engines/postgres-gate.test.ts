import { describe, expect, it } from 'vitest';
import { bindParameters, guardSql, hostileCorpus, legitimateCorpus } from '@tessera/sql-guard';
import { checkPostgresStatement } from './postgres-gate.ts';

/** What the engine receives: the guarded statement with {{name}} bound to $n. */
function bound(sql: string): string {
  const guarded = guardSql(sql, 'postgres');
  if (!guarded.ok) return sql;
  const result = bindParameters(
    guarded.sql,
    Object.fromEntries(guarded.parameters.map((p) => [p, 1])),
    'postgres',
  );
  return result.ok ? result.text : sql;
}

describe('checkPostgresStatement (libpg-query)', () => {
  it.each([
    ["SELECT * FROM ts_stat('select to_tsvector(pg_read_file(''/etc/passwd''))')", 'DENIED_FUNCTION'],
    ["SELECT * FROM pg_catalog.ts_stat('select 1')", 'DENIED_FUNCTION'],
    [`SELECT * FROM "ts_stat"('select 1')`, 'DENIED_FUNCTION'],
    ["SELECT ts_rewrite('a'::tsquery, 'select 1')", 'DENIED_FUNCTION'],
    ["SELECT query_to_xml_and_xmlschema('select 1', true, true, '')", 'DENIED_FUNCTION'],
    ["SELECT database_to_xml(true, true, '')", 'DENIED_FUNCTION'],
    ["SELECT * FROM pg_ls_dir('/')", 'DENIED_FUNCTION'],
    ["SELECT current_setting('data_directory')", 'DENIED_FUNCTION'],
    ["SELECT set_config('statement_timeout', '0', false)", 'DENIED_FUNCTION'],
    ['SELECT * FROM pg_show_all_settings()', 'DENIED_FUNCTION'],
    ['SELECT * FROM pg_catalog.pg_show_all_file_settings()', 'DENIED_FUNCTION'],
    ['SELECT x.pg_sleep FROM (SELECT 1) AS x', 'DENIED_FUNCTION'],
    ['SELECT 1 FROM generate_series(1, 2) WHERE EXISTS (SELECT pg_sleep(1))', 'DENIED_FUNCTION'],
    ['SELECT * FROM ROWS FROM (pg_ls_dir($$/$$)) AS r', 'DENIED_FUNCTION'],
    ['SELECT * FROM pg_catalog.pg_authid', 'DENIED_FUNCTION'],
    ['SELECT 1; SELECT 2', 'MULTIPLE_STATEMENTS'],
    ['WITH x AS (DELETE FROM t RETURNING *) SELECT * FROM x', 'NOT_READ_ONLY'],
    ['SELECT * INTO new_table FROM t', 'NOT_READ_ONLY'],
    ['SELECT * FROM t FOR UPDATE', 'NOT_READ_ONLY'],
    ['EXPLAIN ANALYZE SELECT 1', 'NOT_READ_ONLY'],
    ['EXPLAIN (ANALYZE) SELECT 1', 'NOT_READ_ONLY'],
    ['EXPLAIN DELETE FROM t', 'NOT_READ_ONLY'],
    ["COPY t TO '/tmp/x'", 'NOT_READ_ONLY'],
    ['SET statement_timeout = 0', 'NOT_READ_ONLY'],
    ['DO $$ BEGIN PERFORM 1; END $$', 'NOT_READ_ONLY'],
    ['VALUES (1)', 'NOT_READ_ONLY'],
    ['SELEC 1', 'PARSE_ERROR'],
    ['', 'PARSE_ERROR'],
  ])('refuses %j with %s', async (sql, code) => {
    expect(await checkPostgresStatement(sql)).toMatchObject({ code });
  });

  it('lets ordinary queries through: SELECT, WITH, VALUES in FROM, EXPLAIN (FORMAT JSON)', async () => {
    for (const sql of [
      'SELECT 1',
      'WITH a AS (SELECT 1 AS x) SELECT x FROM a',
      'SELECT * FROM (VALUES (1), (2)) AS v(x)',
      'EXPLAIN (FORMAT JSON, COSTS OFF) SELECT * FROM t',
      'SELECT t.comment, replace(name, $1, $2) FROM t',
    ]) {
      expect(await checkPostgresStatement(sql), sql).toBeNull();
    }
  });

  it('agrees with sql-guard: every legitimate PostgreSQL query passes, every hostile one the guard refuses by name is refused', async () => {
    for (const { sql } of legitimateCorpus.filter((c) => c.engine === 'all' || c.engine === 'postgres')) {
      expect(await checkPostgresStatement(bound(sql)), sql).toBeNull();
    }
    for (const { sql } of hostileCorpus.filter(
      (c) =>
        (c.engine === 'all' || c.engine === 'postgres') &&
        (c.expectCode === 'DENIED_FUNCTION' ||
          c.expectCode === 'NOT_READ_ONLY' ||
          c.expectCode === 'MULTIPLE_STATEMENTS'),
    )) {
      expect(await checkPostgresStatement(sql), sql).not.toBeNull();
    }
  });
});
