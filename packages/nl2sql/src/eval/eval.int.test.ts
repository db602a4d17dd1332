import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { DEMO_GLOSSARY, createDemoDatabase } from '@tessera/demo-data';
import type { SourceSchema } from '../types.ts';
import { introspectDuckDb } from './introspect.ts';
import { formatReport, loadCases, runEval } from './runner.ts';

const DEV_SET = fileURLToPath(new URL('../../../../../shared/eval/nl2sql-dev.jsonl', import.meta.url));
const HELD_OUT = fileURLToPath(new URL('./heldout.jsonl', import.meta.url));

let instance: DuckDBInstance;
let connection: DuckDBConnection;
let schema: SourceSchema;

beforeAll(async () => {
  instance = await createDemoDatabase(':memory:');
  connection = await instance.connect();
  schema = await introspectDuckDb(connection, { glossary: [...DEMO_GLOSSARY] });
});

afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

describe('introspectDuckDb', () => {
  it('reads tables, comments, keys and a value index of low-cardinality text columns', () => {
    expect(schema.tables.map((t) => t.name)).toEqual([
      'customers',
      'marketing_spend',
      'order_items',
      'orders',
      'products',
    ]);
    const orders = schema.tables.find((t) => t.name === 'orders');
    expect(orders?.primaryKey).toEqual(['order_id']);
    expect(orders?.foreignKeys).toEqual([
      { columns: ['customer_id'], references: { table: 'customers', columns: ['customer_id'] } },
    ]);
    expect(orders?.columns.find((c) => c.name === 'total_amount')).toMatchObject({
      type: 'DECIMAL(12,2)',
      description: expect.stringMatching(/total/),
    });
    const indexed = schema.values?.map((v) => `${v.table}.${v.column}`);
    expect(indexed).toEqual(
      expect.arrayContaining([
        'customers.country',
        'customers.region',
        'orders.status',
        'marketing_spend.channel',
      ]),
    );
    expect(indexed).not.toContain('customers.name');
    expect(schema.values?.find((v) => v.column === 'country')?.values).toHaveLength(12);
  });
});

describe('execution accuracy', () => {
  it.skipIf(!existsSync(DEV_SET))('reaches at least 80% on the shared dev set', async () => {
    const report = await runEval(connection, schema, loadCases(DEV_SET));
    expect(report.total).toBe(30);
    expect(report.accuracy, formatReport(report)).toBeGreaterThanOrEqual(0.8);
    expect(report.medianLatencyMs).toBeGreaterThan(0);
  });

  it('reaches at least 80% on the held-out set', async () => {
    const report = await runEval(connection, schema, loadCases(HELD_OUT));
    expect(report.total).toBeGreaterThanOrEqual(20);
    expect(report.accuracy, formatReport(report)).toBeGreaterThanOrEqual(0.8);
  });

  it('reports a declined question and a wrong answer as failures with a reason', async () => {
    const report = await runEval(connection, schema, [
      { q: 'What is the weather in Paris?', sql: 'SELECT 1' },
      {
        q: 'Number of orders by channel',
        sql: "SELECT channel, count(*) FROM orders WHERE status = 'completed' GROUP BY channel",
      },
    ]);
    expect(report.passed).toBe(0);
    expect(report.results.map((r) => r.reason)).toEqual([
      expect.stringMatching(/^declined/),
      expect.stringMatching(/no generated column holds/),
    ]);
  });
});
