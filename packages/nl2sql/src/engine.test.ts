import { describe, expect, it } from 'vitest';
import { createNl2Sql, generateSql } from './engine.ts';
import { SAAS_SCHEMA, demoSourceSchema } from './test-support/schemas.ts';

const NOW = new Date('2026-02-10T00:00:00Z');
const demo = createNl2Sql(demoSourceSchema());
const saas = createNl2Sql(SAAS_SCHEMA);
const ask = (question: string, engine = demo, options = {}) =>
  engine.generate(question, { now: NOW, ...options });
const flat = (sql: string): string => sql.replace(/\s+/g, ' ');

describe('measures', () => {
  it('uses a glossary metric with its condition', () => {
    const { sql, confidence } = ask('What was total revenue in 2024?');
    expect(flat(sql)).toContain('SUM(total_amount) AS revenue FROM orders');
    expect(sql).toContain("status = 'completed'");
    expect(confidence).toBe(1);
  });

  it('picks the reading of a term that can be split by the requested dimension', () => {
    expect(flat(ask('Revenue by country').sql)).toContain('SUM(orders.total_amount)');
    const byCategory = flat(ask('Revenue by product category').sql);
    expect(byCategory).toContain(
      'SUM(order_items.quantity * order_items.unit_price * (1 - order_items.discount))',
    );
    expect(byCategory).toContain('GROUP BY products.category');
  });

  it('understands one word of a longer glossary term, but prefers a table that reads the same word', () => {
    expect(ask('How many units of Electronics did we sell last year?').sql).toContain(
      'SUM(order_items.quantity) AS units_sold',
    );
    expect(flat(ask('Products per category').sql)).toContain('COUNT(*) AS product_count');
  });

  it('counts rows, aggregates columns and counts distinct values', () => {
    expect(flat(ask('How many products do we sell?').sql)).toBe(
      'SELECT COUNT(*) AS product_count FROM products',
    );
    expect(flat(ask('Average price of Toys products').sql)).toBe(
      "SELECT AVG(unit_price) AS avg_unit_price FROM products WHERE category = 'Toys'",
    );
    expect(flat(ask('Number of distinct countries').sql)).toContain('COUNT(DISTINCT country)');
  });

  it('computes shares and ratios', () => {
    expect(ask('Percentage of orders that were refunded').sql).toContain(
      "AVG(CASE WHEN status = 'refunded' THEN 1.0 ELSE 0 END)",
    );
    expect(
      flat(ask('What share of revenue comes from each channel?', demo, { minConfidence: 0 }).sql),
    ).toContain('OVER ()');
  });

  it('keeps each metric condition inside its own measure when measures differ', () => {
    const sql = flat(ask('Revenue and orders by month').sql);
    expect(sql).toContain("SUM(CASE WHEN status = 'completed' THEN total_amount END) AS revenue");
    expect(sql).toContain('COUNT(*) AS order_count');
    expect(sql).not.toContain('WHERE');
  });
});

describe('dimensions, filters and joins', () => {
  it('finds values in the data and joins along foreign keys', () => {
    const sql = flat(ask('Revenue from enterprise customers by region').sql);
    expect(sql).toContain('JOIN customers ON orders.customer_id = customers.customer_id');
    expect(sql).toContain("customers.segment = 'enterprise'");
    expect(sql).toContain('GROUP BY customers.region');
  });

  it('combines several values of one column and negations', () => {
    expect(ask('Revenue from Canada and Mexico').sql).toContain("customers.country IN ('Canada', 'Mexico')");
    expect(ask('Revenue excluding web orders').sql).toContain("channel <> 'web'");
  });

  it('reads comparisons on columns and on measures', () => {
    expect(ask('How many orders are over $1,000?').sql).toContain('total_amount > 1000');
    expect(flat(ask('Countries with more than 500 customers').sql)).toContain('HAVING COUNT(*) > 500');
  });

  it('uses the date column the question names', () => {
    expect(flat(ask('Number of customers who signed up in 2025').sql)).toContain(
      "signup_date >= DATE '2025-01-01' AND signup_date < DATE '2026-01-01'",
    );
  });

  it('infers foreign keys from column names when none are declared', () => {
    const sql = flat(ask('invoice amount by user plan', saas).sql);
    expect(sql).toContain('JOIN subscriptions ON invoices.subscription_id = subscriptions.id');
    expect(sql).toContain('JOIN users ON subscriptions.user_id = users.id');
  });

  it('leaves out what the measured table cannot reach instead of referencing it', () => {
    const result = ask('marketing spend by country', demo, { minConfidence: 0 });
    expect(flat(result.sql)).toBe('SELECT SUM(amount) AS total_marketing_spend FROM marketing_spend');
    expect(result.unmapped).toEqual(['customers.country']);
    expect(result.confidence).toBeLessThan(0.6);
  });

  it('chooses between same-named columns by what the question measures', () => {
    expect(ask('amount by channel').sql).toContain('FROM marketing_spend');
    expect(ask('Number of orders by channel').sql).toContain('FROM orders');
  });
});

describe('time, ranking and limits', () => {
  it('groups by a time grain, in time order', () => {
    const sql = flat(ask('Orders per month in 2024').sql);
    expect(sql).toContain(`date_trunc('month', order_date) AS "month"`);
    expect(sql).toContain('ORDER BY "month" ASC');
    expect(flat(ask('Yearly revenue').sql)).toContain('year(order_date) AS "year"');
  });

  it('compares whole periods side by side', () => {
    const sql = flat(ask('revenue in 2024 vs 2025').sql);
    expect(sql).toContain(
      "((order_date >= DATE '2024-01-01' AND order_date < DATE '2025-01-01') OR (order_date >= DATE '2025-01-01' AND order_date < DATE '2026-01-01'))",
    );
    expect(sql).toContain('GROUP BY year(order_date)');
  });

  it('ranks top and bottom N with the requested direction', () => {
    const top = flat(ask('Top 5 customers by number of orders').sql);
    expect(top).toContain('GROUP BY customers.customer_id, customers.name');
    expect(top).toMatch(/ORDER BY order_count DESC LIMIT 5$/);
    expect(flat(ask('Bottom 3 categories by gross margin').sql)).toMatch(/ASC LIMIT 3$/);
    expect(flat(ask('Which country has the fewest customers?').sql)).toMatch(
      /ORDER BY customer_count ASC LIMIT 1$/,
    );
    expect(flat(ask('Which product is the cheapest?').sql)).toBe(
      'SELECT name, unit_price FROM products ORDER BY unit_price ASC LIMIT 1',
    );
  });

  it('adds a LIMIT to everything but a single aggregate row', () => {
    expect(ask('Refund rate').sql).not.toContain('LIMIT');
    expect(ask('Customers by segment').sql).toContain('LIMIT 1000');
    expect(ask('List customers in Germany', demo, { defaultLimit: 50 }).sql).toContain('LIMIT 50');
  });
});

describe('confidence', () => {
  it('declines, listing what it could not map, when nothing maps', () => {
    const result = ask('What is the weather like in Paris?');
    expect(result.sql).toBe('');
    expect(result.confidence).toBeLessThan(0.5);
    expect(result.unmapped).toEqual(expect.arrayContaining(['weather', 'Paris']));
  });

  it('lowers confidence for each unmapped word and declines under the threshold', () => {
    const one = ask('revenue by blorp');
    expect(one.sql).not.toBe('');
    expect(one.confidence).toBeCloseTo(0.7);
    expect(one.unmapped).toEqual(['blorp']);
    const two = ask('revenue by blorp and zork');
    expect(two.sql).toBe('');
    expect(two.explanation).toMatch(/could not map: blorp, zork/);
    expect(ask('revenue by blorp and zork', demo, { minConfidence: 0 }).sql).toContain('SUM');
  });

  it('lowers confidence when a phrase has two equally good readings', () => {
    const { confidence, explanation } = ask('channels');
    expect(confidence).toBeLessThan(1);
    expect(explanation).toMatch(/orders\.channel or marketing_spend\.channel/);
  });
});

describe('dialects', () => {
  it('renders periods, dates and identifiers per dialect', () => {
    const question = 'Orders per quarter in 2025';
    expect(ask(question, demo, { dialect: 'postgres' }).sql).toContain(
      `CAST(date_trunc('quarter', order_date) AS DATE) AS "quarter"`,
    );
    const mysql = ask(question, demo, { dialect: 'mysql' }).sql;
    expect(mysql).toContain(
      'MAKEDATE(YEAR(order_date), 1) + INTERVAL (QUARTER(order_date) - 1) QUARTER AS `quarter`',
    );
    expect(mysql).toContain("order_date >= DATE '2025-01-01'");
    const clickhouse = ask(question, demo, { dialect: 'clickhouse' }).sql;
    expect(clickhouse).toContain('toStartOfQuarter(order_date) AS `quarter`');
    expect(clickhouse).toContain("order_date >= toDate('2025-01-01')");
  });

  it('escapes literals for the dialect', () => {
    expect(ask(`Customers named "O'Brien\\x"`, demo, { dialect: 'mysql' }).sql).toContain(
      "name = 'O''Brien\\\\x'",
    );
    expect(ask(`Customers named "O'Brien"`).sql).toContain("name = 'O''Brien'");
  });
});

describe('generateSql', () => {
  it('reuses the engine prepared for a schema object', () => {
    const schema = demoSourceSchema();
    expect(generateSql('Refund rate', schema).sql).toBe(generateSql('Refund rate', schema).sql);
    expect(generateSql('Refund rate', schema).chart).toEqual({
      type: 'bigNumber',
      x: null,
      y: ['refund_rate'],
    });
  });
});
