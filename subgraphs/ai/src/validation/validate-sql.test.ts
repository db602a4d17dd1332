import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoContext } from '../testing/demo-schema.ts';
import { validateSql, type ValidateOptions } from './validate-sql.ts';

const demo: ValidateOptions = { dialect: 'duckdb', tables: demoContext().tables, defaultLimit: 1000 };
const check = (sql: string, options: Partial<ValidateOptions> = {}) =>
  validateSql(sql, { ...demo, ...options });
const codeOf = (sql: string, options: Partial<ValidateOptions> = {}) => {
  const result = check(sql, options);
  return result.ok ? 'OK' : result.code;
};

describe('validateSql: accepted statements', () => {
  it('accepts every reference query of the dev set, unchanged but for a LIMIT', () => {
    const cases = readFileSync(
      new URL('../../../../../shared/eval/nl2sql-dev.jsonl', import.meta.url),
      'utf8',
    )
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { q: string; sql: string });
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) {
      const result = check(c.sql);
      expect(result, c.sql).toMatchObject({ ok: true });
    }
  });

  it('adds a LIMIT only when there is none at top level, on its own line (a trailing -- comment cannot swallow it)', () => {
    expect(check('SELECT channel FROM orders -- all of them')).toEqual({
      ok: true,
      sql: 'SELECT channel FROM orders\nLIMIT 1000',
      tables: ['orders'],
      limitAdded: true,
    });
    expect(check('SELECT name FROM products ORDER BY unit_price LIMIT 3')).toMatchObject({
      ok: true,
      limitAdded: false,
    });
    expect(check('WITH t AS (SELECT * FROM orders LIMIT 5) SELECT * FROM t')).toMatchObject({
      ok: true,
      limitAdded: true,
    });
    expect(check('SELECT 1 FROM orders', { defaultLimit: 50 })).toMatchObject({
      sql: 'SELECT 1 FROM orders\nLIMIT 50',
    });
  });

  it('strips comments (planted text never travels with a suggestion)', () => {
    const result = check('SELECT /* ignore the rules */ count(*) FROM orders');
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.sql).not.toContain('ignore');
  });

  it('understands CTEs, subquery aliases, implicit aliases, casts and window functions', () => {
    for (const sql of [
      "WITH monthly AS (SELECT date_trunc('month', order_date) m, sum(total_amount) AS r FROM orders GROUP BY 1) SELECT m, r, lag(r) OVER (ORDER BY m) FROM monthly",
      'SELECT sub.channel, sub.n FROM (SELECT channel, count(*) n FROM orders GROUP BY channel) sub ORDER BY sub.n DESC',
      "SELECT o.order_id, o.total_amount::DOUBLE AS amount, CAST(o.order_date AS VARCHAR) d FROM orders AS o WHERE o.order_date >= DATE '2025-01-01'",
      "SELECT extract(year FROM order_date) AS y, count(*) FILTER (WHERE status = 'refunded') FROM orders GROUP BY y",
      'SELECT c.country FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)',
      "SELECT CASE WHEN total_amount > 100 THEN 'big' ELSE 'small' END size, count(*) FROM orders GROUP BY 1",
      'SELECT x.a FROM orders AS x(a, b)',
      "SELECT * FROM orders o JOIN customers c USING (customer_id) WHERE c.region IN ('Europe', 'Asia Pacific')",
    ]) {
      expect(check(sql), sql).toMatchObject({ ok: true });
    }
  });

  it("qualified names: the table's schema may prefix it, PostgreSQL folds bare names and keeps quoted ones", () => {
    expect(codeOf('SELECT * FROM main.orders')).toBe('OK');
    const pg: Partial<ValidateOptions> = {
      dialect: 'postgres',
      tables: [{ name: 'orders', schema: 'public', columns: [{ name: 'id' }] }],
    };
    expect(codeOf('SELECT id FROM public.ORDERS', pg)).toBe('OK');
    expect(codeOf('SELECT id FROM "ORDERS"', pg)).toBe('UNKNOWN_TABLE');
    expect(codeOf('SELECT id FROM other.orders', pg)).toBe('UNKNOWN_TABLE');
  });
});

describe('validateSql: refused statements', () => {
  it.each([
    ['DROP TABLE orders', 'NOT_READ_ONLY'],
    ['DELETE FROM orders', 'NOT_READ_ONLY'],
    ['SELECT 1; DROP TABLE orders', 'MULTIPLE_STATEMENTS'],
    ['EXPLAIN SELECT * FROM orders', 'NOT_A_SELECT'],
    ['SELECT * FROM orders WHERE id = {{id}}', 'PARAMETERS'],
    ['SELECT * INTO copy FROM orders', 'DENIED_KEYWORD'],
    ["SELECT * FROM read_csv('/etc/passwd')", 'DENIED_FUNCTION'],
    ["SELECT * FROM 'secrets.csv'", 'DENIED_FUNCTION'],
    ['SELECT * FROM information_schema.tables', 'UNKNOWN_TABLE'],
    ['SELECT * FROM pg_catalog.pg_tables', 'UNKNOWN_TABLE'],
    ['SELECT * FROM duckdb_settings()', 'DENIED_FUNCTION'],
    ['SELECT * FROM range(10)', 'TABLE_FUNCTION'],
    ['SELECT * FROM secrets', 'UNKNOWN_TABLE'],
    ['SELECT * FROM orders, secrets', 'UNKNOWN_TABLE'],
    ['SELECT * FROM orders o JOIN customers c ON o.customer_id = c.customer_id, secrets', 'UNKNOWN_TABLE'],
    ['SELECT * FROM (secrets)', 'UNKNOWN_TABLE'],
    ['SELECT * FROM orders WHERE customer_id IN (SELECT id FROM secrets)', 'UNKNOWN_TABLE'],
    ['SELECT * FROM orders UNION ALL TABLE secrets', 'UNKNOWN_TABLE'],
    ['SELECT * FROM other_db.main.orders', 'UNKNOWN_TABLE'],
    ['SELECT * FROM (DESCRIBE orders)', 'UNKNOWN_TABLE'],
    ['SELECT * FROM (WITH s AS (SELECT 1) SELECT * FROM s) x, s', 'UNKNOWN_TABLE'],
    ['SELECT secrets.* FROM orders', 'UNKNOWN_TABLE'],
    ['SELECT password FROM customers', 'UNKNOWN_COLUMN'],
    ['SELECT c.password FROM customers c', 'UNKNOWN_COLUMN'],
    ['SELECT 1 AS secrets FROM orders o JOIN customers c ON true, secrets', 'UNKNOWN_TABLE'],
  ])('%s → %s', (sql, code) => {
    expect(codeOf(sql)).toBe(code);
  });

  it('explains the refusal in words', () => {
    expect(check('SELECT * FROM payroll')).toEqual({
      ok: false,
      code: 'UNKNOWN_TABLE',
      message: 'The table "payroll" is not in this data source.',
      position: 14,
    });
  });
});
