import { describe, expect, it } from 'vitest';
import { bindParameters, guardSql } from '@tessera/sql-guard';
import { createStatementChecks } from './statement-checks.ts';

describe('statement checks', () => {
  it('answer a statement run again as the guard and the binder do, with an array of its own each time', () => {
    const checks = createStatementChecks();
    const sql = 'SELECT * FROM orders WHERE status = {{status}}';
    const first = checks.check(sql, { status: 'paid' }, 'duckdb');
    const again = checks.check(sql, { status: 'open' }, 'duckdb');
    const guarded = guardSql(sql, 'duckdb');
    expect(first.guarded).toEqual(guarded);
    expect(again.bound).toEqual(bindParameters(guarded.ok ? guarded.sql : '', { status: 'open' }, 'duckdb'));
    expect(first.normalized).toBe(again.normalized);

    const plain = 'SELECT 1';
    const a = checks.check(plain, null, 'postgres');
    const b = checks.check(plain, null, 'postgres');
    expect(a.bound).toEqual(b.bound);
    expect(a.bound.ok && b.bound.ok && a.bound.values).not.toBe(b.bound.ok && b.bound.values);
    // Without its parameters, a statement that names some is refused, every time.
    expect(checks.check(sql, null, 'duckdb').bound.ok).toBe(false);
    expect(checks.check(sql, null, 'duckdb').bound.ok).toBe(false);
  });

  it('keep a refused statement refused, with the guard’s error', () => {
    const checks = createStatementChecks();
    for (let i = 0; i < 2; i++) {
      const { bound, normalized } = checks.check('DELETE FROM orders', null, 'postgres');
      expect(bound.ok).toBe(false);
      expect(normalized).toBeNull();
    }
  });
});
