import { describe, expect, it } from 'vitest';
import { demoSourceSchema } from '../test-support/schemas.ts';
import { editDistance, fixSql } from './fix-sql.ts';

const schema = demoSourceSchema();

describe('fixSql', () => {
  it('repairs misspelt table and column names against the schema', () => {
    const fixed = fixSql('SELECT categroy, count(*) FROM prodcts GROUP BY 1', schema);
    expect(fixed.sql).toBe('SELECT category, count(*) FROM products GROUP BY 1');
    expect(fixed.fixes).toEqual([
      { from: 'categroy', to: 'category', kind: 'column' },
      { from: 'prodcts', to: 'products', kind: 'table' },
    ]);
  });

  it('leaves aliases, functions, literals and known names alone', () => {
    const sql = "SELECT o.status AS s, count(*) AS n FROM orders o WHERE o.status = 'completd' GROUP BY s";
    expect(fixSql(sql, schema)).toEqual({ sql, fixes: [], unknown: [] });
  });

  it('fixes qualifiers and reports what matches nothing', () => {
    const fixed = fixSql('SELECT ordrs.total_amont, zzz FROM orders', schema);
    expect(fixed.sql).toBe('SELECT orders.total_amount, zzz FROM orders');
    expect(fixed.unknown).toEqual(['zzz']);
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('categroy', 'category')).toBe(1);
    expect(editDistance('prodcts', 'products')).toBe(1);
  });
});
