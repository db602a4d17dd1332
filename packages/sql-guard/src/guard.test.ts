import { describe, expect, it } from 'vitest';
import { guardSql } from './guard.ts';
import { ENGINES, type Engine, type GuardResult } from './types.ts';

const positionOf = (sql: string, needle: string): number => sql.indexOf(needle);
const errorAt = (result: GuardResult): [string, number | undefined] =>
  result.ok ? ['ok', undefined] : [result.code, result.position];

describe('guardSql', () => {
  it('returns the single statement trimmed, without comments around it or the semicolon', () => {
    const sql = '  -- report\n /* v2 */ SELECT * FROM t WHERE r = {{region}} -- trailing\n ;  ';
    expect(guardSql(sql, 'postgres')).toEqual({
      ok: true,
      sql: 'SELECT * FROM t WHERE r = {{region}}',
      kind: 'select',
      parameters: ['region'],
    });
  });

  it('lists parameters in order of first use, ignoring strings and comments', () => {
    const sql = "SELECT {{b}}, {{ a }}, {{b}}, '{{c}}' /* {{d}} */ FROM t WHERE x = {{e}}";
    for (const engine of ENGINES) {
      const result = guardSql(sql, engine);
      expect(result.ok && result.parameters).toEqual(['b', 'a', 'e']);
    }
  });

  it('classifies EXPLAIN', () => {
    expect(guardSql('EXPLAIN SELECT 1', 'duckdb')).toMatchObject({ ok: true, kind: 'explain' });
    expect(guardSql('EXPLAIN SYNTAX SELECT 1', 'clickhouse')).toMatchObject({ ok: true, kind: 'explain' });
    expect(guardSql('EXPLAIN (COSTS OFF) WITH x AS (SELECT 1) SELECT * FROM x', 'postgres')).toMatchObject({
      ok: true,
      kind: 'explain',
    });
    expect(errorAt(guardSql('EXPLAIN', 'postgres'))).toEqual(['NOT_READ_ONLY', 0]);
    expect(errorAt(guardSql('EXPLAIN (DELETE FROM t)', 'postgres'))[0]).toBe('NOT_READ_ONLY');
  });

  it('reports the position of the offending token', () => {
    const cases: [Engine, string, string, string][] = [
      ['postgres', 'SELECT 1;  DROP TABLE x', 'DROP', 'MULTIPLE_STATEMENTS'],
      ['postgres', 'WITH x AS (DELETE FROM t RETURNING *) SELECT * FROM x', 'DELETE', 'DENIED_KEYWORD'],
      ['postgres', 'SELECT a, pg_catalog.pg_sleep(10) FROM t', 'pg_sleep', 'DENIED_FUNCTION'],
      ['postgres', '  DROP TABLE x', 'DROP', 'NOT_READ_ONLY'],
      ['postgres', "SELECT 'abc", "'abc", 'PARSE_ERROR'],
      ['postgres', 'SELECT 1 /* never closed', '/*', 'PARSE_ERROR'],
      ['postgres', 'SELECT $x$ never closed', '$x$', 'PARSE_ERROR'],
      ['mysql', 'SELECT `never closed', '`', 'PARSE_ERROR'],
      ['mysql', 'SELECT a FROM t INTO OUTFILE "/tmp/x"', 'INTO', 'DENIED_KEYWORD'],
      ['clickhouse', 'SELECT * FROM t, system.users', 'system', 'DENIED_FUNCTION'],
      ['duckdb', "SELECT * FROM t JOIN '/etc/passwd' USING (id)", "'/etc", 'DENIED_FUNCTION'],
      ['postgres', 'SELECT 1 /*+ Set(statement_timeout 0) */', '/*+', 'DENIED_KEYWORD'],
      ['postgres', 'SELECT a,\u200B b FROM t', '\u200B', 'PARSE_ERROR'],
    ];
    for (const [engine, sql, needle, code] of cases) {
      expect(errorAt(guardSql(sql, engine)), sql).toEqual([code, positionOf(sql, needle)]);
    }
  });

  it('matches keywords as whole tokens, never inside names, literals, comments or quoted identifiers', () => {
    const sql = `SELECT updated_at, created_by, set_id, insert_count, "drop", 'DELETE FROM t' /* UPDATE */ FROM t`;
    for (const engine of ['postgres', 'duckdb', 'clickhouse'] as const) {
      expect(guardSql(sql, engine).ok).toBe(true);
    }
    expect(guardSql('SELECT `drop`, "delete" FROM t', 'mysql').ok).toBe(true);
  });

  it('allows denied words used as qualified names or aliases, but not clause words', () => {
    expect(guardSql('SELECT t.comment, t.start AS begin FROM t', 'postgres').ok).toBe(true);
    expect(errorAt(guardSql('SELECT comment FROM t', 'postgres'))[0]).toBe('DENIED_KEYWORD');
    expect(errorAt(guardSql('SELECT t. comment FROM t', 'postgres'))[0]).toBe('DENIED_KEYWORD');
    expect(errorAt(guardSql('SELECT 1 AS into', 'postgres'))[0]).toBe('DENIED_KEYWORD');
    expect(errorAt(guardSql('SELECT 1 AS settings', 'clickhouse'))[0]).toBe('DENIED_KEYWORD');
  });

  it('only exempts function forms of keywords where the engine has such a function', () => {
    expect(guardSql("SELECT insert('abc', 1, 1, 'x')", 'mysql').ok).toBe(true);
    expect(errorAt(guardSql("SELECT insert('abc', 1, 1, 'x')", 'postgres'))[0]).toBe('DENIED_KEYWORD');
    expect(errorAt(guardSql('SELECT * FROM t REPLACE INTO u', 'mysql'))[0]).toBe('DENIED_KEYWORD');
    expect(guardSql('SELECT truncate(x, 1), format(x, 2) FROM t', 'mysql').ok).toBe(true);
  });

  it('refuses denied functions however they are spelled', () => {
    const spellings = [
      'SELECT pg_sleep(1)',
      'SELECT PG_SLEEP(1)',
      'SELECT "pg_sleep"(1)',
      'SELECT pg_catalog . pg_sleep (1)',
      'SELECT pg_sleep\n-- comment\n(1)',
      'SELECT * FROM t, LATERAL pg_sleep(1)',
    ];
    for (const sql of spellings) expect(errorAt(guardSql(sql, 'postgres'))[0], sql).toBe('DENIED_FUNCTION');
    expect(errorAt(guardSql('SELECT ＳＬＥＥＰ(1)', 'mysql'))[0]).toBe('DENIED_FUNCTION');
  });

  it('does not split on semicolons inside literals, identifiers or comments', () => {
    expect(guardSql('SELECT $fn$ a; b $fn$, $$;$$', 'postgres').ok).toBe(true);
    expect(guardSql(`SELECT 'a;b', "c;d" -- ;\nFROM t /* ; */`, 'duckdb').ok).toBe(true);
    expect(guardSql('SELECT `a;b` FROM t # ;', 'mysql').ok).toBe(true);
    expect(guardSql("SELECT 'it\\'s; fine' AS s", 'clickhouse').ok).toBe(true);
  });

  it('is fail closed for unknown statements and placeholders', () => {
    for (const engine of ENGINES) {
      expect(errorAt(guardSql('SHOW TABLES', engine))[0]).toBe('NOT_READ_ONLY');
      expect(errorAt(guardSql('DESCRIBE t', engine))[0]).toBe('NOT_READ_ONLY');
      expect(errorAt(guardSql('"SELECT" 1', engine))[0]).toBe('NOT_READ_ONLY');
      expect(errorAt(guardSql('{{x}}', engine))[0]).toBe('NOT_READ_ONLY');
    }
    expect(errorAt(guardSql('FROM t SELECT a', 'duckdb'))[0]).toBe('NOT_READ_ONLY');
    expect(errorAt(guardSql('SELECT $name', 'duckdb'))[0]).toBe('PARSE_ERROR');
  });

  it('writes user-facing messages without internals', () => {
    const results = [
      guardSql('SELECT 1; SELECT 2', 'postgres'),
      guardSql('DROP TABLE x', 'postgres'),
      guardSql("SELECT pg_read_file('x')", 'postgres'),
      guardSql("SELECT 'x", 'postgres'),
    ];
    for (const result of results) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).not.toMatch(/token|lexer|undefined|Error:|\bat \w+ \(/i);
    }
  });
});
