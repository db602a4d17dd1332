/**
 * The demo source's semantic layer (the metric table of shared/demo-dataset.md) as data.
 * A data source stores entries like these as editable metadata; SQL assistants read them.
 * Expressions and filters reference columns as `table.column`; `{date}` in a time-grain
 * expression stands for the date column the grain applies to.
 */

export interface GlossaryEntry {
  /** Words and phrases a user says for this concept; the first is its display name. */
  terms: string[];
  /** Plain-English meaning, shown to users. */
  definition: string;
  /** `metric`: an aggregate expression; `timeGrain`: how a period is derived from a date. */
  kind: 'metric' | 'timeGrain';
  /** SQL expression (an aggregate for metrics). */
  expression: string;
  /** Row condition that always applies with a metric, e.g. only completed orders. */
  filter?: string;
  /** Tables the expression and filter read; the first is the grain the metric is computed at. */
  tables: string[];
  /** The date column periods and date ranges of this metric refer to. */
  timeColumn?: string;
}

const COMPLETED = "orders.status = 'completed'";

export const DEMO_GLOSSARY: readonly GlossaryEntry[] = [
  {
    terms: ['revenue', 'sales'],
    definition: 'Sum of the order totals of completed orders.',
    kind: 'metric',
    expression: 'SUM(orders.total_amount)',
    filter: COMPLETED,
    tables: ['orders'],
    timeColumn: 'orders.order_date',
  },
  {
    terms: ['product revenue', 'category revenue'],
    definition: 'Sum of quantity × unit price × (1 − discount) over the order lines of completed orders.',
    kind: 'metric',
    expression: 'SUM(order_items.quantity * order_items.unit_price * (1 - order_items.discount))',
    filter: COMPLETED,
    tables: ['order_items', 'orders'],
    timeColumn: 'orders.order_date',
  },
  {
    terms: ['orders', 'number of orders', 'order count'],
    definition: 'Count of orders in any status, unless a status is named.',
    kind: 'metric',
    expression: 'COUNT(*)',
    tables: ['orders'],
    timeColumn: 'orders.order_date',
  },
  {
    terms: ['average order value', 'aov'],
    definition: 'Average order total of completed orders.',
    kind: 'metric',
    expression: 'AVG(orders.total_amount)',
    filter: COMPLETED,
    tables: ['orders'],
    timeColumn: 'orders.order_date',
  },
  {
    terms: ['units sold'],
    definition: 'Sum of the quantities on the order lines of completed orders.',
    kind: 'metric',
    expression: 'SUM(order_items.quantity)',
    filter: COMPLETED,
    tables: ['order_items', 'orders'],
    timeColumn: 'orders.order_date',
  },
  {
    terms: ['gross margin', 'profit'],
    definition:
      'Sum of quantity × (discounted unit price − product unit cost) over the order lines of completed orders.',
    kind: 'metric',
    expression:
      'SUM(order_items.quantity * (order_items.unit_price * (1 - order_items.discount) - products.unit_cost))',
    filter: COMPLETED,
    tables: ['order_items', 'orders', 'products'],
    timeColumn: 'orders.order_date',
  },
  {
    terms: ['refund rate'],
    definition: 'Refunded orders divided by all orders, a fraction between 0 and 1.',
    kind: 'metric',
    expression: "AVG(CASE WHEN orders.status = 'refunded' THEN 1.0 ELSE 0 END)",
    tables: ['orders'],
    timeColumn: 'orders.order_date',
  },
  {
    terms: ['customers', 'number of customers', 'new customers'],
    definition: 'Count of customers; new customers are counted by their signup date.',
    kind: 'metric',
    expression: 'COUNT(*)',
    tables: ['customers'],
    timeColumn: 'customers.signup_date',
  },
  {
    terms: ['marketing spend'],
    definition: 'Sum of the marketing spend amounts.',
    kind: 'metric',
    expression: 'SUM(marketing_spend.amount)',
    tables: ['marketing_spend'],
    timeColumn: 'marketing_spend.spend_date',
  },
  {
    terms: ['month', 'monthly'],
    definition: 'The calendar month of the relevant date column.',
    kind: 'timeGrain',
    expression: "date_trunc('month', {date})",
    tables: [],
  },
  {
    terms: ['quarter', 'quarterly'],
    definition: 'The calendar quarter of the relevant date column.',
    kind: 'timeGrain',
    expression: "date_trunc('quarter', {date})",
    tables: [],
  },
  {
    terms: ['year', 'yearly', 'annual'],
    definition: 'The calendar year (a number) of the relevant date column.',
    kind: 'timeGrain',
    expression: 'year({date})',
    tables: [],
  },
];
