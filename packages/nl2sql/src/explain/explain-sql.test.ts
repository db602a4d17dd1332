import { describe, expect, it } from 'vitest';
import { explainSql } from './explain-sql.ts';

describe('explainSql', () => {
  it('describes measures, joins, filters, grouping, order and limit', () => {
    const text = explainSql(`
      SELECT customers.country, SUM(orders.total_amount) AS revenue
      FROM orders JOIN customers ON orders.customer_id = customers.customer_id
      WHERE (orders.status = 'completed') AND orders.order_date >= DATE '2024-01-01'
      GROUP BY customers.country ORDER BY revenue DESC LIMIT 5`);
    expect(text).toBe(
      'Returns country, the total of total_amount (as revenue) from orders, joined with customers on customer_id. ' +
        "Only rows where status is 'completed', and order_date is at least 2024-01-01. One row per country. " +
        'Sorted by revenue from highest to lowest. Returns at most 5 rows.',
    );
  });

  it('names periods, distinct counts, ranges and lists of values', () => {
    expect(explainSql("SELECT date_trunc('month', order_date) m, count(*) FROM orders GROUP BY m")).toContain(
      'the month of order_date (as m), the number of rows',
    );
    expect(explainSql('SELECT count(DISTINCT customer_id) FROM orders')).toContain(
      'the number of distinct customer_id',
    );
    expect(
      explainSql("SELECT * FROM orders WHERE order_date BETWEEN DATE '2025-01-01' AND DATE '2025-01-31'"),
    ).toContain('order_date is between 2025-01-01 and 2025-01-31');
    expect(
      explainSql("SELECT name FROM customers WHERE segment NOT IN ('consumer', 'enterprise')"),
    ).toContain("segment is not one of 'consumer', 'enterprise'");
    expect(explainSql("SELECT name FROM customers WHERE email LIKE '%@example.com'")).toContain(
      "email ends with '@example.com'",
    );
    expect(explainSql('SELECT channel FROM orders GROUP BY channel HAVING count(*) > 10')).toContain(
      'Keeps only groups where the number of rows is greater than 10.',
    );
  });

  it('explains common table expressions and set operations', () => {
    expect(explainSql('WITH recent AS (SELECT * FROM orders) SELECT count(*) FROM recent')).toMatch(
      /^First defines the intermediate result recent\. Returns the number of rows from recent\.$/,
    );
    expect(explainSql('SELECT 1 UNION SELECT 2')).toContain('Combines 2 queries with UNION');
  });

  it('says what a statement is when it is not a query', () => {
    expect(explainSql('DROP TABLE customers')).toMatch(/DROP statement, not a query/);
    expect(explainSql("DELETE FROM orders WHERE status = 'x'")).toMatch(/DELETE statement/);
    expect(explainSql('SELECT 1; DELETE FROM orders')).toMatch(/2 statements/);
    expect(explainSql('')).toBe('The statement is empty.');
  });
});
