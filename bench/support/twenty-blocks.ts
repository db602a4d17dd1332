// The 20-block benchmark canvas both bench/web and bench/exports build: 10 SQL statements on the
// demo data, each read by a bar chart with these encodings, made through the public API.
export const QUERIES = [
  "SELECT date_trunc('month', order_date) AS month, SUM(total_amount) AS revenue FROM orders WHERE status = 'completed' GROUP BY 1 ORDER BY 1",
  'SELECT channel, COUNT(*) AS orders FROM orders GROUP BY 1 ORDER BY 2 DESC',
  'SELECT p.category, SUM(oi.quantity) AS units FROM order_items oi JOIN products p USING (product_id) GROUP BY 1 ORDER BY 2 DESC',
  'SELECT c.region, COUNT(*) AS customers FROM customers c GROUP BY 1 ORDER BY 2 DESC',
  'SELECT segment, COUNT(*) AS customers FROM customers GROUP BY 1',
  "SELECT date_trunc('month', spend_date) AS month, SUM(amount) AS spend FROM marketing_spend GROUP BY 1 ORDER BY 1",
  'SELECT status, COUNT(*) AS orders FROM orders GROUP BY 1',
  'SELECT country, COUNT(*) AS customers FROM customers GROUP BY 1 ORDER BY 2 DESC',
  "SELECT date_trunc('quarter', order_date) AS quarter, AVG(total_amount) AS aov FROM orders WHERE status = 'completed' GROUP BY 1 ORDER BY 1",
  'SELECT channel, SUM(amount) AS spend FROM marketing_spend GROUP BY 1 ORDER BY 2 DESC',
];
export const ENCODINGS: [string, string][] = [
  ['month', 'revenue'],
  ['channel', 'orders'],
  ['category', 'units'],
  ['region', 'customers'],
  ['segment', 'customers'],
  ['month', 'spend'],
  ['status', 'orders'],
  ['country', 'customers'],
  ['quarter', 'aov'],
  ['channel', 'spend'],
];

// The e2e suites' GraphQL helper: a POST to the gateway, optionally with a bearer token.
export { gql } from '../../e2e/browser/support/api.ts';
