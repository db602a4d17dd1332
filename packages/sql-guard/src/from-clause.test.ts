import { describe, expect, it } from 'vitest';
import { guardSql } from './guard.ts';

const ok = (sql: string, engine: Parameters<typeof guardSql>[1]) =>
  expect(guardSql(sql, engine), sql).toMatchObject({ ok: true });

describe('what the guard leaves alone (no false refusals)', () => {
  it('file-like strings outside table positions, after a subquery, after ORDER BY, as aliases', () => {
    ok("SELECT 1, 'x.csv'", 'duckdb');
    ok("SELECT (SELECT max(a) FROM t), 'x.csv' AS f", 'duckdb');
    ok("SELECT a FROM t ORDER BY a, 'x.csv'", 'duckdb');
    ok('SELECT * FROM t AS "my.alias"', 'duckdb');
  });

  it('MySQL user variables and double-quoted strings are data, not server state or relations', () => {
    ok('SELECT @x', 'mysql');
    ok('SELECT "processlist" FROM t', 'mysql');
  });

  it('SET is refused outside CHARACTER SET / CHAR SET', () => {
    for (const engine of ['postgres', 'mysql'] as const) {
      expect(guardSql('SELECT a FROM t SET x = 1', engine)).toMatchObject({
        ok: false,
        code: 'DENIED_KEYWORD',
        position: 16,
      });
    }
  });

  it('an unclosed EXPLAIN option list is refused, not looped over', () => {
    expect(guardSql('EXPLAIN (FORMAT JSON SELECT 1', 'postgres')).toMatchObject({
      ok: false,
      code: 'NOT_READ_ONLY',
    });
  });
});
