// bench/queries: the query engine at >= 10M order_items, through the real gateway vs raw DuckDB
// on the same file in the same run; cache-hit latency; CSV export throughput for 100,000 rows.
// Usage: node --import tsx bench/queries/run.ts [--scale 50] [--iterations 5]
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
const dataDir = path.join(os.tmpdir(), 'tessera-bench');

const SQL = `SELECT date_trunc('month', o.order_date) AS month, p.category,
       sum(oi.quantity * oi.unit_price * (1 - oi.discount)) AS revenue
FROM order_items oi JOIN orders o ON o.order_id = oi.order_id JOIN products p ON p.product_id = oi.product_id
WHERE o.status = 'completed' AND {{k}} = {{k}}
GROUP BY 1, 2 ORDER BY 1, 2`;

console.log(`bench/queries — demo scale ${scale}, ${iterations} iterations, data in ${dataDir}`);
const platform = await startPlatform({
  DATA_DIR: dataDir,
  DEMO_SCALE: String(scale),
  RESULT_CACHE_TTL_SECONDS: '600',
});
try {
  const { token, demoSourceId: sourceId } = await signUpWithDemoSource(platform, 'bench');

  const run = async (k: number, sql = SQL, maxRows?: number) => {
    const started = performance.now();
    const result = await platform.graphql<{
      runQuery: { id: string; status: string; rowCount: number; cached: boolean; error: unknown };
    }>(
      'mutation($i: RunQueryInput!) { runQuery(input: $i) { id status rowCount cached error { code message } } }',
      { i: { dataSourceId: sourceId, sql, parameters: { k }, maxRows, waitSeconds: 30 } },
      token,
    );
    let current = result.data?.runQuery;
    while (current?.status === 'RUNNING') {
      await new Promise((r) => setTimeout(r, 500));
      const polled = await platform.graphql<{ queryRun: NonNullable<typeof current> }>(
        'query($id: ID!) { queryRun(id: $id) { id status rowCount cached error { code message } } }',
        { id: current.id },
        token,
      );
      current = polled.data?.queryRun;
    }
    const ms = performance.now() - started;
    if (current?.status !== 'SUCCEEDED') throw new Error(JSON.stringify(result));
    return { ms, ...current };
  };

  const warm = await run(-1); // first use generates the demo database if needed, and warms DuckDB
  console.log(
    `first run (includes generation if the file was new): ${warm.ms.toFixed(0)} ms, ${warm.rowCount} rows`,
  );

  const gateway: number[] = [];
  for (let i = 0; i < iterations; i++) gateway.push((await run(i)).ms);

  const file = path.join(dataDir, 'demo', `acme-commerce-s${scale}.duckdb`);
  const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY', threads: '2' });
  const connection = await instance.connect();
  const items = Number((await connection.runAndReadAll('SELECT count(*) FROM order_items')).getRows()[0]![0]);
  const raw: number[] = [];
  const rawSql = SQL.replace('AND {{k}} = {{k}}', 'AND $1 = $1');
  await connection.runAndReadAll(rawSql, [-1]);
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await connection.runAndReadAll(rawSql, [i]);
    raw.push(performance.now() - started);
  }
  connection.closeSync();
  instance.closeSync();

  const hits: number[] = [];
  for (let i = 0; i < 20; i++) {
    const hit = await run(0);
    if (!hit.cached) throw new Error('expected a cache hit');
    hits.push(hit.ms);
  }

  const exportRun = await run(
    0,
    'SELECT * FROM order_items WHERE {{k}} = {{k}} ORDER BY order_id, line_no LIMIT 100000',
    10,
  );
  const link = await platform.graphql<{ exportQueryRun: { url: string } }>(
    'mutation($id: ID!) { exportQueryRun(id: $id, format: CSV) { url } }',
    { id: exportRun.id },
    token,
  );
  const exportStarted = performance.now();
  const body = await (
    await fetch(`${platform.base}${new URL(link.data!.exportQueryRun.url).pathname}`)
  ).arrayBuffer();
  const exportMs = performance.now() - exportStarted;
  const lines = Buffer.from(body).toString().split('\r\n').length - 2;

  const g = median(gateway);
  const r = median(raw);
  console.log(`\norder_items: ${items.toLocaleString('en-US')}`);
  console.log('revenue by month and category (median of %d):', iterations);
  console.log(`  through the gateway   ${g.toFixed(1)} ms`);
  console.log(`  raw DuckDB, same SQL  ${r.toFixed(1)} ms`);
  console.log(`  ratio gateway/raw     ${(g / r).toFixed(2)}x  (overhead ${(g - r).toFixed(1)} ms)`);
  console.log(`cache hit through the gateway: median ${median(hits).toFixed(1)} ms (20 runs)`);
  console.log(
    `CSV export: ${lines.toLocaleString('en-US')} rows, ${(body.byteLength / 1e6).toFixed(1)} MB in ${exportMs.toFixed(0)} ms = ${Math.round(lines / (exportMs / 1000)).toLocaleString('en-US')} rows/s`,
  );
} finally {
  await platform.stop();
}
