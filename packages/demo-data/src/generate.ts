import type { DuckDBConnection } from '@duckdb/node-api';
import {
  BASE_COUNTS,
  CATEGORIES,
  COUNTRIES,
  DISCOUNTS,
  LINES_PER_ORDER,
  MARKETING_CHANNELS,
  ORDER_CHANNELS,
  ORDER_END,
  ORDER_START,
  ORDER_STATUSES,
  QUANTITIES,
  REGION_BY_COUNTRY,
  SEGMENTS,
  SIGNUP_END,
  SIGNUP_START,
} from './domains.ts';
import { createTableSql, qualify } from './ddl.ts';
import { DEFAULT_SEED, coprimeStep, pickWeightedSql, randomSql, sqlLiteral } from './random-sql.ts';
import { DEMO_SCHEMA_DESCRIPTION, DEMO_TABLE_NAMES } from './schema-description.ts';

export interface GenerateOptions {
  /** Multiplies customers, products and orders (1 = 5,000 / 200 / 100,000). Default 1. */
  scale?: number;
  /** Schema to create the tables in (created when missing). Default: the connection's current schema. */
  schema?: string;
  /** Declare primary and foreign keys. Default true; false loads large scales several times faster. */
  constraints?: boolean;
  /** Only for experiments: the published dataset uses the default seed. */
  seed?: number;
}

export interface GenerateResult {
  rowCounts: Record<string, number>;
  durationMs: number;
}

export interface DemoSizes {
  customers: number;
  products: number;
  orders: number;
}

export function demoSizes(scale = 1): DemoSizes {
  if (!(scale > 0) || !Number.isFinite(scale))
    throw new Error(`scale must be a positive number, got ${scale}`);
  return {
    customers: Math.max(1, Math.round(BASE_COUNTS.customers * scale)),
    products: Math.max(CATEGORIES.length, Math.round(BASE_COUNTS.products * scale)),
    orders: Math.max(1, Math.round(BASE_COUNTS.orders * scale)),
  };
}

const DAY_MS = 86_400_000;
const dayIndex = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / DAY_MS;

const TEMP = { eligible: '__demo_eligible', orders: '__demo_orders', items: '__demo_items' };

/** Creates the Acme Commerce tables (replacing existing ones) and fills them deterministically. */
export async function generateDemoData(
  connection: DuckDBConnection,
  options: GenerateOptions = {},
): Promise<GenerateResult> {
  const started = performance.now();
  const { schema, constraints = true, seed = DEFAULT_SEED } = options;
  const sizes = demoSizes(options.scale);
  const t = (name: string): string => qualify(schema, name);

  if (schema) await connection.run(`CREATE SCHEMA IF NOT EXISTS ${qualify(undefined, schema)}`);
  for (const name of [...DEMO_TABLE_NAMES].reverse()) await connection.run(`DROP TABLE IF EXISTS ${t(name)}`);
  for (const table of DEMO_SCHEMA_DESCRIPTION) {
    for (const statement of createTableSql(table, schema, constraints)) await connection.run(statement);
  }
  try {
    for (const statement of loadStatements(t, sizes, seed)) await connection.run(statement);
  } finally {
    for (const temp of Object.values(TEMP)) await connection.run(`DROP TABLE IF EXISTS ${temp}`);
  }

  const rowCounts: Record<string, number> = {};
  for (const name of DEMO_TABLE_NAMES) {
    const reader = await connection.runAndReadAll(`SELECT count(*) FROM ${t(name)}`);
    rowCounts[name] = Number(reader.getRowsJS()[0]?.[0] ?? 0);
  }
  return { rowCounts, durationMs: performance.now() - started };
}

function loadStatements(t: (name: string) => string, sizes: DemoSizes, seed: number): string[] {
  const rand = (stream: number, key: string): string => randomSql(seed, stream, key);
  const regionCase = `CASE country ${Object.entries(REGION_BY_COUNTRY)
    .map(([country, region]) => `WHEN ${sqlLiteral(country)} THEN ${sqlLiteral(region)}`)
    .join(' ')} END`;
  const signupDays = dayIndex(SIGNUP_START, SIGNUP_END) + 1;
  const orderDays = dayIndex(ORDER_START, ORDER_END) + 1;
  // A share of orders falls in the holiday weeks (Nov 15 - Dec 31) of either year; the rest grows over time.
  const holidayStarts = ['2024-11-15', '2025-11-15'].map((d) => dayIndex(ORDER_START, d));
  const holidayLength = dayIndex('2024-11-15', '2024-12-31') + 1;
  const productStep = coprimeStep(sizes.products);
  const lineKey = 'o.order_id * 4 + l.line_no';

  return [
    `INSERT INTO ${t('customers')}
     SELECT id, 'Customer ' || id, 'customer' || id || '@example.com', country, ${regionCase}, segment, signup_date
     FROM (SELECT i::INTEGER AS id,
                  ${pickWeightedSql(rand(1, 'i'), COUNTRIES)} AS country,
                  ${pickWeightedSql(rand(2, 'i'), SEGMENTS)} AS segment,
                  DATE '${SIGNUP_START}' + CAST(floor((i - 1 + ${rand(3, 'i')}) * ${signupDays} / ${sizes.customers}) AS INTEGER) AS signup_date
           FROM range(1, ${sizes.customers + 1}) r(i))
     ORDER BY id`,

    `INSERT INTO ${t('products')}
     SELECT id, 'Product ' || id, category, price, round(price * (0.35 + 0.45 * r_cost), 2)::DECIMAL(10,2)
     FROM (SELECT i::INTEGER AS id,
                  ${pickWeightedSql(
                    rand(4, 'i'),
                    CATEGORIES.map((value) => ({ value, weight: 1 })),
                  )} AS category,
                  round(5 * pow(101, ${rand(5, 'i')}), 2)::DECIMAL(10,2) AS price,
                  ${rand(6, 'i')} AS r_cost
           FROM range(1, ${sizes.products + 1}) r(i))
     ORDER BY id`,

    // Customer ids grow with signup date, so "customers signed up by day d" is the prefix 1..eligible.
    `CREATE TEMP TABLE ${TEMP.eligible} AS
     SELECT day, coalesce(max(last_id) OVER (ORDER BY day ROWS UNBOUNDED PRECEDING), 1) AS eligible
     FROM (SELECT s.day::DATE AS day, max(c.customer_id) AS last_id
           FROM generate_series(DATE '${SIGNUP_START}', DATE '${ORDER_END}', INTERVAL 1 DAY) s(day)
           LEFT JOIN ${t('customers')} c ON c.signup_date = s.day::DATE
           GROUP BY 1)`,

    // Earlier (longer-standing) customers order more often: a skewed draw over the eligible prefix.
    `CREATE TEMP TABLE ${TEMP.orders} AS
     SELECT o.order_id, (1 + floor(e.eligible * pow(o.r_customer, 1.6)))::INTEGER AS customer_id,
            o.order_date, o.status, o.channel, o.line_count
     FROM (SELECT i::INTEGER AS order_id,
                  DATE '${ORDER_START}' + CAST(CASE
                    WHEN r_season < 0.12 AND r_date < 0.45 THEN ${holidayStarts[0]} + floor(r_date / 0.45 * ${holidayLength})
                    WHEN r_season < 0.12 THEN ${holidayStarts[1]} + floor((r_date - 0.45) / 0.55 * ${holidayLength})
                    ELSE floor(${orderDays} * pow(r_date, ${1 / 1.3})) END AS INTEGER) AS order_date,
                  r_customer,
                  ${pickWeightedSql('r_status', ORDER_STATUSES)} AS status,
                  ${pickWeightedSql('r_channel', ORDER_CHANNELS)} AS channel,
                  (${pickWeightedSql('r_lines', LINES_PER_ORDER)})::INTEGER AS line_count
           FROM (SELECT i, ${rand(10, 'i')} AS r_date, ${rand(11, 'i')} AS r_season, ${rand(12, 'i')} AS r_customer,
                        ${rand(13, 'i')} AS r_status, ${rand(14, 'i')} AS r_channel, ${rand(15, 'i')} AS r_lines
                 FROM range(1, ${sizes.orders + 1}) r(i))) o
     JOIN ${TEMP.eligible} e ON e.day = o.order_date`,

    // Popular products are spread over the id range by a multiplicative permutation of the popularity rank.
    `CREATE TEMP TABLE ${TEMP.items} AS
     SELECT x.order_id, x.line_no, x.product_id, x.quantity, p.unit_price, x.discount
     FROM (SELECT o.order_id, l.line_no::INTEGER AS line_no,
                  ((floor(${sizes.products} * pow(${rand(20, lineKey)}, 1.5))::BIGINT * ${productStep}) % ${sizes.products} + 1)::INTEGER AS product_id,
                  (${pickWeightedSql(rand(21, lineKey), QUANTITIES)})::INTEGER AS quantity,
                  (${pickWeightedSql(rand(22, lineKey), DISCOUNTS)})::DECIMAL(4,2) AS discount
           FROM ${TEMP.orders} o JOIN range(1, 4) l(line_no) ON l.line_no <= o.line_count) x
     JOIN ${t('products')} p USING (product_id)`,

    `INSERT INTO ${t('orders')}
     SELECT o.order_id, o.customer_id, o.order_date, o.status, o.channel, round(s.total, 2)::DECIMAL(12,2)
     FROM ${TEMP.orders} o
     JOIN (SELECT order_id, sum(quantity * unit_price * (1 - discount)) AS total FROM ${TEMP.items} GROUP BY order_id) s
       USING (order_id)
     ORDER BY o.order_id`,

    `INSERT INTO ${t('order_items')}
     SELECT order_id, line_no, product_id, quantity, unit_price, discount FROM ${TEMP.items} ORDER BY order_id, line_no`,

    `INSERT INTO ${t('marketing_spend')}
     SELECT d.day, c.channel,
            round(c.base * (1 + 0.35 * d.progress)
                  * CASE WHEN dayofweek(d.day) IN (0, 6) THEN 0.8 ELSE 1.08 END
                  * CASE WHEN month(d.day) IN (11, 12) THEN 1.3 ELSE 1 END
                  * (0.75 + 0.5 * ${rand(30, 'd.i * 8 + c.k')}), 2)::DECIMAL(10,2)
     FROM (SELECT i, (DATE '${ORDER_START}' + i::INTEGER) AS day, i / ${orderDays - 1} AS progress
           FROM range(0, ${orderDays}) r(i)) d
     CROSS JOIN (VALUES ${MARKETING_CHANNELS.map((c, k) => `(${k}, ${sqlLiteral(c.value)}, ${c.weight})`).join(', ')}) c(k, channel, base)
     ORDER BY d.day, c.k`,
  ];
}
