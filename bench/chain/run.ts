// bench/chain: a chain of 5 SQL blocks over the ≥10M-row demo, run end to end through the API
// (runCanvasBlock of the last block, results cache cold: every iteration changes a filter value the
// upstream blocks read), vs the equivalent single statement (the blocks as CTEs) on raw DuckDB
// (@duckdb/node-api) on the same file in the same run. Target: ≤ 1.5×.
// Usage: node --import tsx bench/chain/run.ts [--scale 50] [--iterations 5]
// Set BENCH_DATA_DIR to reuse a data directory (the demo file is generated on first use, ~1 min).
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { median, startPlatform } from '../support/platform.ts';
import { signUpWithDemoSource } from '../support/seed.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  Number(args[args.indexOf(`--${name}`) + 1] ?? fallback) || fallback;
const scale = option('scale', 50);
const iterations = option('iterations', 5);
const dataDir = process.env.BENCH_DATA_DIR ?? path.join(os.tmpdir(), 'tessera-bench');

/** The five blocks, upstream first: two on the demo source, three over block results. */
const BLOCKS: { name: string; sql: string }[] = [
  {
    name: 'daily_category',
    // {{run}} AS run_tag: each iteration's upstream results differ, so no step of the chain hits
    // the results cache (the downstream steps are cached by the hash of their inputs).
    sql: `SELECT o.order_date AS day, p.category, {{run}} AS run_tag,
       sum(oi.quantity * oi.unit_price * (1 - oi.discount)) AS revenue, count(*) AS lines
FROM order_items oi JOIN orders o ON o.order_id = oi.order_id JOIN products p ON p.product_id = oi.product_id
WHERE o.status = 'completed' AND {{run}} = {{run}}
GROUP BY 1, 2, 3`,
  },
  {
    name: 'daily_orders',
    sql: `SELECT o.order_date AS day, {{run}} AS run_tag, count(*) AS orders, count(DISTINCT o.customer_id) AS customers
FROM orders o WHERE o.status = 'completed' AND {{run}} = {{run}}
GROUP BY 1, 2`,
  },
  {
    name: 'monthly_category',
    sql: `SELECT date_trunc('month', day) AS month, category, min(run_tag) AS run_tag, sum(revenue) AS revenue, sum(lines) AS lines
FROM {{daily_category}} GROUP BY 1, 2`,
  },
  {
    name: 'monthly_orders',
    sql: `SELECT date_trunc('month', day) AS month, min(run_tag) AS run_tag, sum(orders) AS orders, sum(customers) AS customer_days
FROM {{daily_orders}} GROUP BY 1`,
  },
  {
    name: 'category_share',
    sql: `SELECT c.month, c.category, c.run_tag, c.revenue, c.revenue / o.orders AS revenue_per_order,
       rank() OVER (PARTITION BY c.month ORDER BY c.revenue DESC) AS rank_in_month
FROM {{monthly_category}} c JOIN {{monthly_orders}} o USING (month)
ORDER BY c.month, rank_in_month`,
  },
];

/** The same statement for raw DuckDB: each block a CTE, the filter a bound parameter. */
const SINGLE_SQL = `WITH ${BLOCKS.slice(0, 4)
  .map(
    (b) => `${b.name} AS (${b.sql.replaceAll(/\{\{(\w+)\}\}/g, (_, n: string) => (n === 'run' ? '$1' : n))})`,
  )
  .join(',\n')}\n${BLOCKS[4]!.sql.replaceAll(/\{\{(\w+)\}\}/g, '$1')}`;

console.log(`bench/chain — demo scale ${scale}, ${iterations} iterations, data in ${dataDir}`);
console.log(
  `load average at start: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}, ${os.cpus().length} CPUs`,
);
const platform = await startPlatform({
  DATA_DIR: dataDir,
  DEMO_SCALE: String(scale),
  RESULT_CACHE_TTL_SECONDS: '600',
  // Extra variables for the platform (e.g. {"WORKER_PORT":"4507"}: startPlatform leaves it at its default).
  ...(process.env.BENCH_ENV ? (JSON.parse(process.env.BENCH_ENV) as Record<string, string>) : {}),
});
try {
  const { token, projectId, demoSourceId: demo } = await signUpWithDemoSource(platform, 'bench-chain');
  const canvas = await platform.graphql<{ createCanvas: { id: string } }>(
    'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
    { i: { projectId, name: 'Chain bench' } },
    token,
  );
  const canvasId = canvas.data!.createCanvas.id;
  const add = async (type: string, content: Record<string, unknown>) => {
    const added = await platform.graphql<{ addBlock: { id: string } }>(
      'mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }',
      { i: { canvasId, type, position: { x: 0, y: 0, w: 6, h: 4 }, content } },
      token,
    );
    if (!added.data) throw new Error(JSON.stringify(added.errors));
    return added.data.addBlock.id;
  };
  await add('FILTER', { label: 'Run', parameter: 'run', kind: 'select', default: 'warm', options: [] });
  let last = '';
  for (const [i, block] of BLOCKS.entries())
    // The first two run on the demo source; the rest read only other blocks (no data source).
    last = await add('SQL', {
      name: block.name,
      title: block.name,
      sql: block.sql,
      maxRows: 100_000,
      ...(i < 2 ? { dataSourceId: demo } : {}),
    });

  const runChain = async (run: string) => {
    const started = performance.now();
    const result = await platform.graphql<{
      runCanvasBlock: { status: string; rowCount: number; cached: boolean; error: unknown };
    }>(
      'query($c: ID!, $b: ID!, $f: JSON) { runCanvasBlock(canvasId: $c, blockId: $b, filters: $f) }',
      { c: canvasId, b: last, f: { run } },
      token,
    );
    const ms = performance.now() - started;
    const outcome = result.data?.runCanvasBlock;
    if (outcome?.status !== 'SUCCEEDED') throw new Error(JSON.stringify(result));
    return { ms, rows: outcome.rowCount, cached: outcome.cached };
  };

  const warm = await runChain('warm'); // generates the demo database if needed, warms DuckDB
  console.log(
    `first run (includes generation if the file was new): ${warm.ms.toFixed(0)} ms, ${warm.rows} rows`,
  );

  const file = path.join(dataDir, 'demo', `acme-commerce-s${scale}.duckdb`);
  const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY', threads: '2' });
  const connection = await instance.connect();
  const items = Number((await connection.runAndReadAll('SELECT count(*) FROM order_items')).getRows()[0]![0]);
  const rawRows = (await connection.runAndReadAll(SINGLE_SQL, ['warm'])).getRows().length;
  if (rawRows !== warm.rows)
    throw new Error(`the chain returned ${warm.rows} rows, the single SQL ${rawRows}`);

  // Interleaved, so both sides see the same machine load.
  const api: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const chained = await runChain(`cold-${Date.now()}-${i}`);
    if (chained.cached) throw new Error('expected a cold run');
    // (the single statement below gets its own new value too)
    api.push(chained.ms);
    const started = performance.now();
    await connection.runAndReadAll(SINGLE_SQL, [`raw-${i}`]);
    raw.push(performance.now() - started);
  }
  connection.closeSync();
  instance.closeSync();

  const a = median(api);
  const r = median(raw);
  console.log(`\norder_items: ${items.toLocaleString('en-US')}; result: ${warm.rows} rows`);
  console.log(`5-block chain, median of ${iterations}:`);
  console.log(
    `  runCanvasBlock (last block, cold)  ${a.toFixed(1)} ms   [${api.map((x) => x.toFixed(0)).join(', ')}]`,
  );
  console.log(
    `  raw DuckDB, one statement (CTEs)   ${r.toFixed(1)} ms   [${raw.map((x) => x.toFixed(0)).join(', ')}]`,
  );
  console.log(`  ratio chain/raw                    ${(a / r).toFixed(2)}x  (target ≤ 1.5x)`);
  console.log(
    `load average at end: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await platform.stop();
}
