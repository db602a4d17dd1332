// Test support: the demo source ("Acme Commerce") as the queries service describes it.
import { DEMO_GLOSSARY, DEMO_SCHEMA_DESCRIPTION } from '@tessera/demo-data';
import type { SourceContext } from '../clients/queries-client.ts';

export function demoContext(overrides: Partial<SourceContext> = {}): SourceContext {
  return {
    id: '00000000-0000-4000-8000-00000000d0d0',
    organizationId: '00000000-0000-4000-8000-0000000000a1',
    projectId: '00000000-0000-4000-8000-0000000000b1',
    kind: 'DEMO',
    dialect: 'duckdb',
    tables: DEMO_SCHEMA_DESCRIPTION.map((t) => ({
      name: t.name,
      schema: 'main',
      columns: t.columns.map((c) => ({ name: c.name, type: c.type })),
      foreignKeys: (t.foreignKeys ?? []).map((fk) => ({
        columns: fk.columns,
        referencedTable: fk.references.table,
        referencedColumns: fk.references.columns,
      })),
    })),
    glossary: DEMO_GLOSSARY.map((g) => ({ ...g, terms: [...g.terms], tables: [...g.tables] })),
    values: [
      {
        table: 'customers',
        column: 'country',
        values: [
          'Argentina',
          'Australia',
          'Brazil',
          'Canada',
          'France',
          'Germany',
          'India',
          'Japan',
          'Mexico',
          'Spain',
          'United Kingdom',
          'United States',
        ],
      },
      {
        table: 'customers',
        column: 'region',
        values: ['Asia Pacific', 'Europe', 'Latin America', 'North America'],
      },
      { table: 'customers', column: 'segment', values: ['consumer', 'enterprise', 'small_business'] },
      {
        table: 'products',
        column: 'category',
        values: ['Apparel', 'Books', 'Electronics', 'Home', 'Outdoors', 'Toys'],
      },
      { table: 'orders', column: 'status', values: ['cancelled', 'completed', 'refunded'] },
      { table: 'orders', column: 'channel', values: ['mobile', 'partner', 'web'] },
      { table: 'marketing_spend', column: 'channel', values: ['affiliate', 'email', 'search', 'social'] },
    ],
    ...overrides,
  };
}
