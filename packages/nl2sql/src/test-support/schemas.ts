import { DEMO_GLOSSARY, DEMO_SCHEMA_DESCRIPTION, DEMO_VALUE_DOMAINS } from '@tessera/demo-data';
import type { SourceSchema } from '../types.ts';

/** The demo source (a DuckDB database) as a client would describe it, without a database (test support only). */
export function demoSourceSchema(): SourceSchema {
  return {
    dialect: 'duckdb',
    tables: DEMO_SCHEMA_DESCRIPTION.map((t) => ({ ...t, columns: [...t.columns] })),
    glossary: [...DEMO_GLOSSARY],
    values: DEMO_VALUE_DOMAINS.map((v) => ({ ...v, values: [...v.values] })),
  };
}

/** A source unlike the demo: no declared keys, no glossary, other naming habits. */
export const SAAS_SCHEMA: SourceSchema = {
  dialect: 'postgres',
  glossary: [],
  tables: [
    {
      name: 'users',
      columns: [
        { name: 'id', type: 'integer' },
        { name: 'email', type: 'text' },
        { name: 'full_name', type: 'text' },
        { name: 'plan', type: 'text' },
        { name: 'created_at', type: 'timestamp' },
      ],
    },
    {
      name: 'subscriptions',
      columns: [
        { name: 'id', type: 'integer' },
        { name: 'user_id', type: 'integer' },
        { name: 'plan_name', type: 'text' },
        { name: 'mrr', type: 'numeric(10,2)', description: 'Monthly recurring revenue' },
        { name: 'started_at', type: 'date' },
      ],
    },
    {
      name: 'invoices',
      columns: [
        { name: 'id', type: 'integer' },
        { name: 'subscription_id', type: 'integer' },
        { name: 'amount', type: 'numeric(10,2)' },
        { name: 'issued_on', type: 'date' },
        { name: 'status', type: 'text' },
      ],
    },
    {
      name: 'events',
      columns: [
        { name: 'id', type: 'bigint' },
        { name: 'user_id', type: 'integer' },
        { name: 'event_type', type: 'text' },
        { name: 'occurred_at', type: 'timestamp' },
      ],
    },
  ],
  values: [
    { table: 'users', column: 'plan', values: ['free', 'pro', 'team'] },
    { table: 'invoices', column: 'status', values: ['paid', 'open', 'void'] },
    { table: 'events', column: 'event_type', values: ['login', 'signup', 'upgrade'] },
    { table: 'subscriptions', column: 'plan_name', values: ['Starter', 'Growth', 'Enterprise'] },
  ],
};
