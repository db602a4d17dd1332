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

export async function gql<T>(
  base: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}
