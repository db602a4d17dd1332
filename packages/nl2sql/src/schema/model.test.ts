import { describe, expect, it } from 'vitest';
import { SAAS_SCHEMA, demoSourceSchema } from '../test-support/schemas.ts';
import { buildSchemaModel, columnKind } from './model.ts';

describe('buildSchemaModel', () => {
  it('infers foreign keys and primary keys from names when none are declared', () => {
    const model = buildSchemaModel(SAAS_SCHEMA);
    expect(
      model.edges.map((e) => `${e.from}.${e.fromColumns[0]} -> ${e.to}.${e.toColumns[0]}`).sort(),
    ).toEqual([
      'events.user_id -> users.id',
      'invoices.subscription_id -> subscriptions.id',
      'subscriptions.user_id -> users.id',
    ]);
    expect(model.tables.get('users')?.primaryKey).toEqual(['id']);
    expect(model.tables.get('users')?.label?.name).toBe('full_name');
  });

  it('keeps declared keys and reads the glossary into metrics', () => {
    const model = buildSchemaModel(demoSourceSchema());
    expect(model.edges.every((e) => !e.inferred)).toBe(true);
    const revenue = model.metrics.find((m) => m.name === 'revenue');
    expect(revenue).toMatchObject({
      base: 'orders',
      timeColumn: { table: 'orders', column: 'order_date' },
      aggregate: { fn: 'SUM' },
    });
    expect(model.metrics.find((m) => m.name === 'gross margin')?.tables).toEqual([
      'order_items',
      'orders',
      'products',
    ]);
    expect(model.grainOverrides.map((g) => g.grain)).toEqual(['month', 'quarter', 'year']);
    expect(model.warnings).toEqual([]);
  });

  it('skips glossary entries that reference unknown columns', () => {
    const schema = {
      ...demoSourceSchema(),
      glossary: [
        {
          terms: ['x'],
          definition: '',
          kind: 'metric' as const,
          expression: 'SUM(orders.nope)',
          tables: ['orders'],
        },
      ],
    };
    expect(buildSchemaModel(schema)).toMatchObject({
      metrics: [],
      warnings: ['glossary "x": unknown column orders.nope'],
    });
  });

  it.each([
    ['DECIMAL(10,2)', 'number'],
    ['timestamp with time zone', 'timestamp'],
    ['Nullable(DateTime64(3))', 'timestamp'],
    ['Date32', 'date'],
    ['LowCardinality(String)', 'text'],
    ['INTERVAL', 'other'],
    ['BOOLEAN', 'boolean'],
  ])('%s is a %s column', (type, kind) => {
    expect(columnKind(type)).toBe(kind);
  });
});
