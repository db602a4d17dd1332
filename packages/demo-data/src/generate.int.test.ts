import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { CATEGORIES, COUNTRIES, REGION_BY_COUNTRY, SEGMENTS } from './domains.ts';
import { generateDemoData } from './generate.ts';
import type { GenerateResult } from './generate.ts';
import { openMemoryDb, queryRows, queryValue } from './test-db.ts';

let db: Awaited<ReturnType<typeof openMemoryDb>>;
let c: DuckDBConnection;
let result: GenerateResult;
const count = async (sql: string): Promise<number> => Number(await queryValue(c, sql));

beforeAll(async () => {
  db = await openMemoryDb();
  c = db.connection;
  result = await generateDemoData(c);
});
afterAll(() => db.close());

describe('default scale (the evaluation dataset)', () => {
  it('has the documented table sizes', () => {
    const { order_items: items, ...rest } = result.rowCounts;
    expect(rest).toEqual({ customers: 5000, products: 200, orders: 100_000, marketing_spend: 731 * 4 });
    expect(items).toBeGreaterThan(195_000);
    expect(items).toBeLessThan(205_000);
  });

  it('keeps customers within their domains, with region derived from country', async () => {
    const pairs = await queryRows(c, 'SELECT DISTINCT country, region FROM customers');
    expect(pairs).toHaveLength(COUNTRIES.length);
    for (const [country, region] of pairs) expect(REGION_BY_COUNTRY[String(country)]).toBe(region);
    const segments = await queryRows(c, 'SELECT DISTINCT segment FROM customers ORDER BY 1');
    expect(segments.flat()).toEqual(SEGMENTS.map((s) => s.value).sort());
    expect(
      await count(
        "SELECT count(*) FROM customers WHERE signup_date NOT BETWEEN '2023-01-01' AND '2025-12-31'",
      ),
    ).toBe(0);
    expect(await queryValue(c, 'SELECT name FROM customers WHERE customer_id = 17')).toBe('Customer 17');
  });

  it('prices products between 5 and 505 with a cost below the price', async () => {
    const categories = await queryRows(c, 'SELECT DISTINCT category FROM products ORDER BY 1');
    expect(categories.flat()).toEqual([...CATEGORIES].sort());
    expect(
      await count(
        'SELECT count(*) FROM products WHERE unit_price < 5 OR unit_price > 505 OR unit_cost >= unit_price OR unit_cost <= 0',
      ),
    ).toBe(0);
  });

  it('mixes order statuses about 88/7/5 within 2024-2025, never before the signup', async () => {
    const mix = Object.fromEntries(
      (await queryRows(c, 'SELECT status, count(*) / 100000 FROM orders GROUP BY status')).map(([s, f]) => [
        s,
        Number(f),
      ]),
    );
    expect(mix.completed).toBeCloseTo(0.88, 1);
    expect(mix.refunded).toBeCloseTo(0.07, 1);
    expect(mix.cancelled).toBeCloseTo(0.05, 1);
    expect(
      await count("SELECT count(*) FROM orders WHERE order_date NOT BETWEEN '2024-01-01' AND '2025-12-31'"),
    ).toBe(0);
    expect(await count("SELECT count(*) FROM orders WHERE channel NOT IN ('web', 'mobile', 'partner')")).toBe(
      0,
    );
    expect(
      await count(
        'SELECT count(*) FROM orders o JOIN customers c USING (customer_id) WHERE o.order_date < c.signup_date',
      ),
    ).toBe(0);
  });

  it('gives every order 1-3 lines whose discounted sum, rounded to cents, is the order total', async () => {
    expect(
      await queryRows(c, 'SELECT min(n), max(n) FROM (SELECT count(*) n FROM order_items GROUP BY order_id)'),
    ).toEqual([[1n, 3n]]);
    expect(
      await count('SELECT count(*) FROM orders WHERE order_id NOT IN (SELECT order_id FROM order_items)'),
    ).toBe(0);
    const mismatches = await count(`
      SELECT count(*) FROM orders o
      JOIN (SELECT order_id, round(sum(quantity * unit_price * (1 - discount)), 2) AS total FROM order_items GROUP BY order_id) s
        USING (order_id)
      WHERE o.total_amount <> s.total`);
    expect(mismatches).toBe(0);
  });

  it('copies the product price onto lines and keeps quantities and discounts in their domains', async () => {
    expect(
      await count(
        'SELECT count(*) FROM order_items i JOIN products p USING (product_id) WHERE i.unit_price <> p.unit_price',
      ),
    ).toBe(0);
    expect(
      await count(
        'SELECT count(*) FROM order_items WHERE quantity NOT BETWEEN 1 AND 5 OR line_no NOT BETWEEN 1 AND 3',
      ),
    ).toBe(0);
    const discounts = await queryRows(c, 'SELECT DISTINCT discount::VARCHAR FROM order_items ORDER BY 1');
    expect(discounts.flat()).toEqual(['0.00', '0.05', '0.10', '0.20']);
  });

  it('has one marketing_spend row per day and channel over 2024-2025', async () => {
    expect(
      await queryRows(
        c,
        'SELECT min(spend_date)::VARCHAR, max(spend_date)::VARCHAR, count(DISTINCT (spend_date, channel)) FROM marketing_spend',
      ),
    ).toEqual([['2024-01-01', '2025-12-31', 2924n]]);
    expect((await queryRows(c, 'SELECT DISTINCT channel FROM marketing_spend ORDER BY 1')).flat()).toEqual([
      'affiliate',
      'email',
      'search',
      'social',
    ]);
    expect(await count('SELECT count(*) FROM marketing_spend WHERE amount <= 0')).toBe(0);
  });

  it('declares primary and foreign keys and describes every column', async () => {
    const constraints = await queryRows(
      c,
      `
      SELECT table_name, constraint_type, array_to_string(constraint_column_names, ','), referenced_table
      FROM duckdb_constraints() WHERE constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY') ORDER BY ALL`,
    );
    expect(constraints).toEqual([
      ['customers', 'PRIMARY KEY', 'customer_id', null],
      ['order_items', 'FOREIGN KEY', 'order_id', 'orders'],
      ['order_items', 'FOREIGN KEY', 'product_id', 'products'],
      ['orders', 'FOREIGN KEY', 'customer_id', 'customers'],
      ['orders', 'PRIMARY KEY', 'order_id', null],
      ['products', 'PRIMARY KEY', 'product_id', null],
    ]);
    const described = await queryRows(
      c,
      `
      SELECT count(*), count(comment) FROM duckdb_columns()
      WHERE table_name IN ('customers', 'products', 'orders', 'order_items', 'marketing_spend')`,
    );
    expect(described).toEqual([[27n, 27n]]);
  });
});

describe('options', () => {
  it('scales the row counts and can skip the key constraints', async () => {
    const small = await openMemoryDb();
    try {
      const { rowCounts } = await generateDemoData(small.connection, { scale: 0.02, constraints: false });
      expect(rowCounts).toMatchObject({ customers: 100, products: 6, orders: 2000, marketing_spend: 2924 });
      expect(
        await queryValue(
          small.connection,
          "SELECT count(*) FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY'",
        ),
      ).toBe(0n);
    } finally {
      small.close();
    }
  });

  it('rejects a scale that is not a positive number', async () => {
    await expect(generateDemoData(c, { scale: 0 })).rejects.toThrow(/scale/);
    await expect(generateDemoData(c, { scale: Number.NaN })).rejects.toThrow(/scale/);
  });
});
