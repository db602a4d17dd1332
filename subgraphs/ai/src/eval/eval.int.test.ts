import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceContext } from '../clients/queries-client.ts';
import { createGenerator } from '../pipeline/generate.ts';
import { FAKE_OPENAI_KEY, modelJson, startFakeLlm, type FakeLlm } from '../testing/fake-llm.ts';
import { describeDemoSource, openDemoDatabase } from './demo-source.ts';
import { loadCases, runEval } from './runner.ts';

const DEV_SET = fileURLToPath(new URL('../../../../../shared/eval/nl2sql-dev.jsonl', import.meta.url));
const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

let db: { instance: DuckDBInstance; connection: DuckDBConnection };
let context: SourceContext;
let fake: FakeLlm;

beforeAll(async () => {
  db = await openDemoDatabase(1);
  context = await describeDemoSource(db.connection);
  fake = await startFakeLlm();
}, 120_000);
afterAll(async () => {
  db?.connection.closeSync();
  db?.instance.closeSync();
  await fake?.close();
});

describe('the eval on the dev set', () => {
  it("the built-in engine, through the subgraph's pipeline, reaches at least 80% execution accuracy", async () => {
    const report = await runEval(
      db.connection,
      context,
      loadCases(DEV_SET),
      createGenerator({ provider: null, defaultLimit: 1000, includeValues: false }),
    );
    console.log(
      `built-in engine on nl2sql-dev: ${report.passed}/${report.total} = ${(report.accuracy * 100).toFixed(1)}%, median ${report.medianLatencyMs} ms`,
    );
    expect(report.total).toBe(30);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(report.engines).toEqual({ builtin: 30 });
  });

  it('the demo source is described as the queries service describes it', () => {
    expect(context.tables.map((t) => t.name).sort()).toEqual([
      'customers',
      'marketing_spend',
      'order_items',
      'orders',
      'products',
    ]);
    expect(context.tables.find((t) => t.name === 'orders')?.foreignKeys).toEqual([
      { columns: ['customer_id'], referencedTable: 'customers', referencedColumns: ['customer_id'] },
    ]);
    expect(context.values.find((v) => v.column === 'region')?.values.sort()).toEqual([
      'Asia Pacific',
      'Europe',
      'Latin America',
      'North America',
    ]);
  });

  it('`cli.ts --provider openai` asks the provider, validates, compares and prints the figures', async () => {
    const cases = loadCases(DEV_SET);
    // A model that knows the reference answers, except for one question it gets wrong and one it times out on.
    fake.fallback = (question) => {
      if (question === cases[1]?.q)
        return { kind: 'answer', text: modelJson('SELECT 42 AS wrong FROM orders LIMIT 1') };
      if (question === cases[2]?.q) return { kind: 'hang', ms: 5_000 };
      return { kind: 'answer', text: modelJson(cases.find((c) => c.q === question)?.sql ?? '') };
    };
    const env = {
      ...process.env,
      OPENAI_BASE_URL: fake.openaiBaseUrl,
      OPENAI_API_KEY: FAKE_OPENAI_KEY,
      OPENAI_MODEL: 'eval-model',
      AI_TIMEOUT_MS: '1000',
    };
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', CLI, '--set', DEV_SET, '--provider', 'openai'],
      { cwd: ROOT, env },
    );
    expect(stdout).toMatch(/^Execution accuracy: 29\/30 = 96\.7%$/m);
    expect(stdout).toMatch(/^Latency \(generation \+ validation\): median [\d.]+ ms, p95 [\d.]+ ms$/m);
    expect(stdout).toContain('Engines: openai:eval-model × 29, builtin (fallback: timeout) × 1');
    expect(stdout).toContain(`FAIL  ${cases[1]?.q}  (openai:eval-model`);
    expect(stdout).not.toContain(FAKE_OPENAI_KEY);
  }, 60_000);
});
