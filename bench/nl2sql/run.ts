/**
 * NL→SQL engine latency over the dev set and demo-data generation time at the default scale and
 * at a benchmark scale with ≥ 10 million order_items. Informational only: nothing is asserted.
 *   npx tsx bench/nl2sql/run.ts [--set ../shared/eval/nl2sql-dev.jsonl] [--iterations 200] [--big-scale 50] [--skip-big]
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { DEMO_GLOSSARY, createDemoDatabase, generateDemoData } from '@tessera/demo-data';
import { createNl2Sql } from '@tessera/nl2sql';
import { introspectDuckDb, loadCases, percentile } from '@tessera/nl2sql/eval';

const { values } = parseArgs({
  options: {
    set: {
      type: 'string',
      default: new URL('../../../shared/eval/nl2sql-dev.jsonl', import.meta.url).pathname,
    },
    iterations: { type: 'string', default: '200' },
    'big-scale': { type: 'string', default: '50' },
    'skip-big': { type: 'boolean', default: false },
  },
});

const ms = (n: number): string => `${n.toFixed(3)} ms`;
const seconds = (n: number): string => `${(n / 1000).toFixed(2)} s`;

async function generationTime(scale: number, constraints: boolean): Promise<{ ms: number; items: number }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const result = await generateDemoData(connection, { scale, constraints });
    return { ms: result.durationMs, items: result.rowCounts.order_items ?? 0 };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function engineLatency(): Promise<void> {
  if (!existsSync(values.set)) {
    console.log(`(no question set at ${values.set}; skipping engine latency)`);
    return;
  }
  const cases = loadCases(values.set);
  const instance = await createDemoDatabase(':memory:');
  const connection = await instance.connect();
  const schema = await introspectDuckDb(connection, { glossary: [...DEMO_GLOSSARY] });
  connection.closeSync();
  instance.closeSync();

  let started = performance.now();
  const engine = createNl2Sql(schema);
  console.log(
    `Engine preparation (vocabulary for ${schema.tables.length} tables, ${schema.values?.length ?? 0} value lists): ${ms(performance.now() - started)}`,
  );

  const iterations = Number(values.iterations);
  const all: number[] = [];
  const perQuestion: { question: string; median: number; p95: number }[] = [];
  for (const c of cases) engine.generate(c.q);
  for (const c of cases) {
    const samples: number[] = [];
    for (let i = 0; i < iterations; i++) {
      started = performance.now();
      engine.generate(c.q);
      samples.push(performance.now() - started);
    }
    all.push(...samples);
    perQuestion.push({ question: c.q, median: percentile(samples, 50), p95: percentile(samples, 95) });
  }
  console.log(
    `\nSQL generation latency over ${cases.length} questions × ${iterations} runs: median ${ms(percentile(all, 50))}, p95 ${ms(percentile(all, 95))}`,
  );
  const medians = perQuestion.map((q) => q.median);
  console.log(
    `Per-question medians: median ${ms(percentile(medians, 50))}, p95 ${ms(percentile(medians, 95))}, max ${ms(Math.max(...medians))}`,
  );
  console.table(
    perQuestion.map((q) => ({
      question: q.question,
      'median ms': q.median.toFixed(3),
      'p95 ms': q.p95.toFixed(3),
    })),
  );
}

async function generation(): Promise<void> {
  console.log('\nDemo data generation (in-memory DuckDB):');
  const rows: Record<string, string>[] = [];
  const scales = values['skip-big'] ? [1] : [1, Number(values['big-scale'])];
  for (const scale of scales) {
    for (const constraints of [true, false]) {
      const { ms: took, items } = await generationTime(scale, constraints);
      rows.push({
        scale: String(scale),
        keys: constraints ? 'declared' : 'none',
        order_items: items.toLocaleString('en-US'),
        time: seconds(took),
      });
      console.log(
        `  scale ${scale}, keys ${constraints ? 'declared' : 'none'}: ${items.toLocaleString('en-US')} order_items in ${seconds(took)}`,
      );
    }
  }
  console.table(rows);
}

await engineLatency();
await generation();
