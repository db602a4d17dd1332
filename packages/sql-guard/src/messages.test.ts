import { describe, expect, it } from 'vitest';
import { guardSql } from './guard.ts';
import { ENGINES, type Engine } from './types.ts';

/** What a user sees for a refused query: code, message and where. */
const refusal = (sql: string, engine: Engine) => {
  const result = guardSql(sql, engine);
  return result.ok ? result : { code: result.code, message: result.message, position: result.position };
};

describe('guard messages (what the user reads)', () => {
  it('explains each refusal in plain words', () => {
    for (const engine of ENGINES) {
      expect(refusal('', engine)).toEqual({
        code: 'EMPTY',
        message: 'The query is empty.',
        position: undefined,
      });
      expect(refusal(' ; ;', engine)).toMatchObject({ code: 'EMPTY' });
      expect(refusal('SELECT 1; SELECT 2', engine)).toEqual({
        code: 'MULTIPLE_STATEMENTS',
        message: 'Only one statement can run at a time: remove everything after the first semicolon.',
        position: 10,
      });
    }
    expect(guardSql(42 as unknown as string, 'postgres')).toEqual({
      ok: false,
      code: 'PARSE_ERROR',
      message: 'The query must be text.',
    });
    expect(refusal('UPDATE t SET a = 1', 'postgres')).toEqual({
      code: 'NOT_READ_ONLY',
      message:
        'Only read-only queries can run: this statement starts with "UPDATE". Use SELECT, WITH … SELECT or EXPLAIN SELECT.',
      position: 0,
    });
    expect(refusal(`((${'x'.repeat(60)}`, 'postgres')).toMatchObject({
      message: expect.stringContaining(`starts with "${'x'.repeat(40)}"`),
      position: 2,
    });
    expect(refusal('SELECT 1 INTO t', 'postgres')).toEqual({
      code: 'DENIED_KEYWORD',
      message: 'SELECT … INTO writes a table, file or variable and is not allowed.',
      position: 9,
    });
    expect(refusal('SELECT 1 FROM t; ', 'postgres')).toMatchObject({ ok: true, sql: 'SELECT 1 FROM t' });
    expect(refusal('SELECT a FROM t WHERE b = 1 LOCK', 'postgres')).toMatchObject({
      code: 'DENIED_KEYWORD',
      message: 'LOCK is not allowed: queries must be read-only.',
    });
    expect(refusal('SELECT pg_sleep(1)', 'postgres')).toEqual({
      code: 'DENIED_FUNCTION',
      message: 'The function pg_sleep() is not allowed.',
      position: 7,
    });
    expect(refusal('SELECT * FROM pg_authid', 'postgres')).toEqual({
      code: 'DENIED_FUNCTION',
      message: '"pg_authid" is outside the data source and cannot be queried.',
      position: 14,
    });
    expect(refusal('SELECT * FROM system.tables', 'clickhouse')).toEqual({
      code: 'DENIED_FUNCTION',
      message: 'Tables in "system" are outside the data source and cannot be queried.',
      position: 14,
    });
    expect(refusal('SELECT * FROM t FOR UPDATE', 'postgres')).toEqual({
      code: 'DENIED_KEYWORD',
      message: 'Row locking (FOR UPDATE / FOR SHARE) is not allowed.',
      position: 16,
    });
    expect(refusal('SELECT @@version', 'mysql')).toEqual({
      code: 'DENIED_KEYWORD',
      message: 'Server variables (@@name) are not allowed.',
      position: 7,
    });
    expect(refusal('SELECT * FROM t WHERE id = $1', 'postgres')).toEqual({
      code: 'PARSE_ERROR',
      message: 'Use {{name}} parameters instead of "$1" placeholders.',
      position: 27,
    });
    expect(refusal('SELECT /*! 1 */ 2', 'mysql')).toEqual({
      code: 'DENIED_KEYWORD',
      message: 'Executable comments and optimizer hints (/*! */, /*+ */) are not allowed.',
      position: 7,
    });
    expect(refusal("SELECT * FROM 'x.csv'", 'duckdb')).toEqual({
      code: 'DENIED_FUNCTION',
      message: "Reading files directly (FROM 'file') is not allowed: query the tables of the data source.",
      position: 14,
    });
  });

  it('EXPLAIN: SELECT only, never ANALYZE, with any option spelling', () => {
    expect(refusal('EXPLAIN ANALYZE SELECT 1', 'postgres')).toEqual({
      code: 'DENIED_KEYWORD',
      message: expect.stringMatching(/^ANALYZE is not allowed: EXPLAIN ANALYZE runs the statement/),
      position: 8,
    });
    expect(refusal('EXPLAIN ANALYSE SELECT 1', 'postgres')).toEqual({
      code: 'DENIED_KEYWORD',
      message: expect.stringMatching(/^ANALYSE is not allowed: EXPLAIN ANALYSE runs/),
      position: 8,
    });
    expect(refusal('EXPLAIN (FORMAT JSON, ANALYZE) SELECT 1', 'postgres')).toMatchObject({
      code: 'DENIED_KEYWORD',
      position: 22,
    });
    expect(refusal('EXPLAIN (FORMAT JSON, analyse true) SELECT 1', 'postgres')).toMatchObject({
      code: 'DENIED_KEYWORD',
      position: 22,
    });
    expect(refusal('EXPLAIN (FORMAT JSON, COSTS OFF) SELECT 1', 'postgres')).toEqual({
      ok: true,
      sql: 'EXPLAIN (FORMAT JSON, COSTS OFF) SELECT 1',
      kind: 'explain',
      parameters: [],
    });
    expect(refusal('EXPLAIN (SELECT 1)', 'postgres')).toMatchObject({ ok: true, kind: 'explain' });
    expect(refusal('EXPLAIN ((SELECT 1))', 'postgres')).toMatchObject({ ok: true, kind: 'explain' });
    expect(refusal('EXPLAIN PIPELINE header = 1 SELECT 1', 'clickhouse')).toMatchObject({
      ok: true,
      kind: 'explain',
    });
    expect(refusal('EXPLAIN FORMAT=JSON SELECT 1', 'mysql')).toMatchObject({ ok: true, kind: 'explain' });
    expect(refusal('EXPLAIN FORMAT = TREE SELECT 1', 'mysql')).toMatchObject({ ok: true, kind: 'explain' });
    expect(refusal('EXPLAIN VERBOSE WITH a AS (SELECT 1) SELECT * FROM a', 'postgres')).toMatchObject({
      ok: true,
      kind: 'explain',
    });
    expect(refusal('EXPLAIN UPDATE t SET a = 1', 'postgres')).toEqual({
      code: 'NOT_READ_ONLY',
      message: 'EXPLAIN is only allowed for SELECT queries.',
      position: 8,
    });
    expect(refusal('EXPLAIN VERBOSE DELETE FROM t', 'postgres')).toMatchObject({
      code: 'NOT_READ_ONLY',
      position: 16,
    });
    expect(refusal('(EXPLAIN SELECT 1)', 'postgres')).toMatchObject({ code: 'NOT_READ_ONLY', position: 1 });
    expect(refusal('EXPLAIN = SELECT 1', 'mysql')).toMatchObject({ code: 'NOT_READ_ONLY' });
  });

  it('reads FROM as a table list only where it opens one', () => {
    expect(
      refusal("SELECT trim(LEADING 'x' FROM 'xa'), extract(year FROM d) FROM t", 'duckdb'),
    ).toMatchObject({ ok: true });
    expect(refusal("SELECT substring('abc' FROM 2) FROM t", 'duckdb')).toMatchObject({ ok: true });
    expect(refusal("SELECT * FROM t WHERE a IN (SELECT b FROM 'x.csv')", 'duckdb')).toMatchObject({
      code: 'DENIED_FUNCTION',
    });
    expect(refusal("SELECT * FROM t, 'x.parquet'", 'duckdb')).toMatchObject({
      code: 'DENIED_FUNCTION',
      position: 17,
    });
    expect(refusal("SELECT * FROM t JOIN u ON true JOIN 'x.csv' ON true", 'duckdb')).toMatchObject({
      code: 'DENIED_FUNCTION',
    });
    expect(refusal('SELECT * FROM ONLY data.csv', 'duckdb')).toMatchObject({ code: 'DENIED_FUNCTION' });
    expect(refusal('SELECT * FROM "/tmp/data".csv', 'duckdb')).toMatchObject({ code: 'DENIED_FUNCTION' });
    expect(refusal('SELECT * FROM "my.table"', 'duckdb')).toMatchObject({ code: 'DENIED_FUNCTION' });
    expect(refusal('SELECT * FROM s."my.table"', 'duckdb')).toMatchObject({ code: 'DENIED_FUNCTION' });
    expect(refusal('SELECT * FROM s.t, u WHERE x = 1 ORDER BY a', 'duckdb')).toMatchObject({ ok: true });
    expect(refusal("SELECT 'x.csv' AS f, a FROM t WHERE b = 'y.csv' GROUP BY a", 'duckdb')).toMatchObject({
      ok: true,
    });
    expect(refusal("SELECT * FROM t WHERE b = 'x' UNION SELECT 'y.csv', 1", 'duckdb')).toMatchObject({
      ok: true,
    });
    expect(refusal('SELECT * FROM s.data, u', 'duckdb')).toMatchObject({ ok: true });
    expect(refusal('SELECT * FROM s.x.csv', 'duckdb')).toMatchObject({ code: 'DENIED_FUNCTION' });
    expect(refusal('SELECT * FROM "data*"', 'duckdb')).toMatchObject({ code: 'DENIED_FUNCTION' });
    expect(refusal('SELECT * FROM "~/x", "c:x", "a?"', 'duckdb')).toMatchObject({ code: 'DENIED_FUNCTION' });
  });

  it('calls and attribute calls of denied functions; names as columns are fine', () => {
    expect(refusal('SELECT x.pg_sleep FROM t x', 'postgres')).toMatchObject({ code: 'DENIED_FUNCTION' });
    expect(refusal('SELECT x.sleep FROM t x', 'mysql')).toMatchObject({ ok: true });
    expect(refusal('SELECT sleep FROM t', 'mysql')).toMatchObject({ ok: true });
    expect(refusal('SELECT "sleep"(1)', 'mysql')).toMatchObject({ code: 'DENIED_FUNCTION' });
    expect(refusal("SELECT 'pg_sleep'(1)", 'postgres')).toMatchObject({ ok: true });
    expect(refusal('SELECT * FROM mysql.user', 'mysql')).toMatchObject({ code: 'DENIED_FUNCTION' });
    expect(refusal('SELECT * FROM "mysql".user', 'mysql')).toMatchObject({ code: 'DENIED_FUNCTION' });
    expect(refusal('SELECT mysql FROM t', 'mysql')).toMatchObject({ ok: true });
    expect(refusal("SELECT 'pg_authid' FROM t", 'postgres')).toMatchObject({ ok: true });
  });

  it('exempts identifiers that only look like denied keywords', () => {
    expect(refusal('SELECT a FROM t CHARACTER SET utf8', 'mysql')).toMatchObject({ ok: true });
    expect(refusal('SELECT CONVERT(a USING utf8), CAST(b AS CHAR SET utf8) FROM t', 'mysql')).toMatchObject({
      ok: true,
    });
    expect(refusal('SELECT a FROM t USE INDEX (i)', 'mysql')).toMatchObject({ ok: true });
    expect(refusal('SELECT a FROM t USE KEY (i)', 'mysql')).toMatchObject({ ok: true });
    expect(refusal('SELECT a FROM t USE INDEX (i)', 'postgres')).toMatchObject({ code: 'DENIED_KEYWORD' });
    expect(refusal('SELECT a FROM t USE x', 'mysql')).toMatchObject({ code: 'DENIED_KEYWORD' });
    expect(refusal('SELECT t.set FROM t', 'postgres')).toMatchObject({ ok: true });
    expect(refusal('SELECT a AS comment FROM t', 'postgres')).toMatchObject({ ok: true });
    expect(refusal('SELECT a AS update FROM t', 'postgres')).toMatchObject({ code: 'DENIED_KEYWORD' });
    expect(refusal('SELECT a FROM t FOR x', 'postgres')).toMatchObject({ ok: true });
    expect(refusal('SELECT a FROM t FOR NO KEY UPDATE', 'postgres')).toMatchObject({
      code: 'DENIED_KEYWORD',
      position: 16,
    });
    expect(refusal('SELECT a FROM t FOR KEY SHARE', 'postgres')).toMatchObject({
      code: 'DENIED_KEYWORD',
      position: 16,
    });
    expect(refusal('SELECT a FROM t LOCK IN SHARE MODE', 'mysql')).toMatchObject({
      code: 'DENIED_KEYWORD',
      position: 16,
    });
  });

  it('checks every engine’s own list', () => {
    expect(refusal('SELECT 1 SETTINGS max_threads = 1', 'clickhouse')).toMatchObject({
      code: 'DENIED_KEYWORD',
      message: expect.stringMatching(/^The SETTINGS clause is not allowed/),
    });
    expect(refusal('SELECT 1 FORMAT JSON', 'clickhouse')).toMatchObject({
      code: 'DENIED_KEYWORD',
      message: expect.stringMatching(/^The FORMAT clause is not allowed/),
    });
    expect(refusal("SELECT format('{}', 1)", 'clickhouse')).toMatchObject({ ok: true });
    expect(refusal('SELECT 1 SETTINGS', 'postgres')).toMatchObject({ ok: true });
    expect(refusal('SELECT * FROM url(1)', 'clickhouse')).toMatchObject({ code: 'DENIED_FUNCTION' });
    expect(refusal('SELECT @a, @@b', 'postgres')).not.toMatchObject({
      message: expect.stringMatching(/Server variables/),
    });
    expect(refusal('SELECT 1 INTO OUTFILE', 'mysql')).toMatchObject({ code: 'DENIED_KEYWORD', position: 9 });
    expect(refusal('SELECT 1 OUTFILE', 'mysql')).toMatchObject({
      code: 'DENIED_KEYWORD',
      message: 'Writing query results to files is not allowed.',
    });
    expect(refusal('SELECT 1 DUMPFILE', 'mysql')).toMatchObject({
      code: 'DENIED_KEYWORD',
      message: 'Writing query results to files is not allowed.',
    });
  });
});
