/**
 * The Acme Commerce tables as structured metadata: the DDL is rendered from it and its
 * descriptions are stored as table/column comments, so an introspecting client finds them.
 */

export interface ColumnDescription {
  name: string;
  type: string;
  description: string;
}

export interface ForeignKeyDescription {
  columns: string[];
  references: { table: string; columns: string[] };
}

export interface TableDescription {
  name: string;
  description: string;
  columns: ColumnDescription[];
  primaryKey?: string[];
  foreignKeys?: ForeignKeyDescription[];
}

export const DEMO_SCHEMA_DESCRIPTION: readonly TableDescription[] = [
  {
    name: 'customers',
    description: 'People and companies who buy from Acme, one row per customer account.',
    primaryKey: ['customer_id'],
    columns: [
      { name: 'customer_id', type: 'INTEGER', description: 'Customer identifier.' },
      { name: 'name', type: 'VARCHAR', description: 'Display name of the customer.' },
      { name: 'email', type: 'VARCHAR', description: 'Contact email address.' },
      { name: 'country', type: 'VARCHAR', description: 'Country the customer is based in.' },
      { name: 'region', type: 'VARCHAR', description: 'Sales region, derived from the country.' },
      {
        name: 'segment',
        type: 'VARCHAR',
        description: 'Customer segment: consumer, small_business or enterprise.',
      },
      { name: 'signup_date', type: 'DATE', description: 'Date the customer signed up (registration date).' },
    ],
  },
  {
    name: 'products',
    description: 'The product catalog, one row per product.',
    primaryKey: ['product_id'],
    columns: [
      { name: 'product_id', type: 'INTEGER', description: 'Product identifier.' },
      { name: 'name', type: 'VARCHAR', description: 'Product name.' },
      { name: 'category', type: 'VARCHAR', description: 'Product category.' },
      { name: 'unit_price', type: 'DECIMAL(10,2)', description: 'List price of one unit.' },
      { name: 'unit_cost', type: 'DECIMAL(10,2)', description: 'What one unit costs Acme to buy.' },
    ],
  },
  {
    name: 'orders',
    description: 'Customer orders, one row per order, in any status.',
    primaryKey: ['order_id'],
    foreignKeys: [{ columns: ['customer_id'], references: { table: 'customers', columns: ['customer_id'] } }],
    columns: [
      { name: 'order_id', type: 'INTEGER', description: 'Order identifier.' },
      { name: 'customer_id', type: 'INTEGER', description: 'The customer who placed the order.' },
      { name: 'order_date', type: 'DATE', description: 'Date the order was placed.' },
      { name: 'status', type: 'VARCHAR', description: 'Order status: completed, refunded or cancelled.' },
      {
        name: 'channel',
        type: 'VARCHAR',
        description: 'Sales channel the order came through: web, mobile or partner.',
      },
      { name: 'total_amount', type: 'DECIMAL(12,2)', description: 'Order total after line discounts.' },
    ],
  },
  {
    name: 'order_items',
    description: 'Order lines: which products an order contains, in what quantity and at what price.',
    foreignKeys: [
      { columns: ['order_id'], references: { table: 'orders', columns: ['order_id'] } },
      { columns: ['product_id'], references: { table: 'products', columns: ['product_id'] } },
    ],
    columns: [
      { name: 'order_id', type: 'INTEGER', description: 'The order this line belongs to.' },
      { name: 'line_no', type: 'INTEGER', description: 'Line number within the order (1 to 3).' },
      { name: 'product_id', type: 'INTEGER', description: 'The product sold on this line.' },
      { name: 'quantity', type: 'INTEGER', description: 'Units of the product on this line.' },
      {
        name: 'unit_price',
        type: 'DECIMAL(10,2)',
        description: "Price of one unit on this line (the product's list price).",
      },
      {
        name: 'discount',
        type: 'DECIMAL(4,2)',
        description: 'Discount fraction applied to the line: 0, 0.05, 0.10 or 0.20.',
      },
    ],
  },
  {
    name: 'marketing_spend',
    description: 'Daily marketing spend per channel.',
    columns: [
      { name: 'spend_date', type: 'DATE', description: 'Day the money was spent.' },
      {
        name: 'channel',
        type: 'VARCHAR',
        description: 'Marketing channel: search, social, email or affiliate.',
      },
      { name: 'amount', type: 'DECIMAL(10,2)', description: 'Amount spent on the channel that day.' },
    ],
  },
];

export const DEMO_TABLE_NAMES = DEMO_SCHEMA_DESCRIPTION.map((t) => t.name);
