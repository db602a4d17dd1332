// A results-cache hit through the gateway, against the `{ __typename }` floor of a signed-in
// request. Starts the real platform (scripts/start.ts: embedded PostgreSQL, every subgraph, the
// gateway) with rate-limit budgets large enough for a benchmark, signs a user up, runs two
// statements on the demo source once (the misses): a small result (24 rows) and a large one
// (2,000 rows, kept compact by the cache), then
//   sequential: one client, in turn (the order rotating each round), `{ __typename }` signed in,
//               then each hit in both forms of its rows — `rowsJson` (one JSON text, as the web app
//               asks) and `rows` (`[[JSON]]`, one value per cell, the partners' form) — small and
//               large: p50/p95 of each, the hits' p50 above the floor and the `rows`/`rowsJson` ratio;
//   load:       50 connections (bench/gateway/load.ts, autocannon) on the small hit (rowsJson),
//               then on the floor: req/s and p50.
// A runQuery hit is a mutation: the gateway appends its audit entry (accounts' PostgreSQL, durably;
// concurrent entries share one delivery and one statement) before it runs, and delivers its outcome
// as the response leaves; the queries subgraph records the hit as a finished run sharing the stored
// rows of the run it repeats (one statement, hits arriving together batched) — the run history is
// kept for hits too; the rows come from the cache, not PostgreSQL.
//
// Usage: node --import tsx bench/gateway/cache-hit.ts [--iterations 300] [--duration 10]
//        [--ports 4571] (first of 8 consecutive ports for the subgraphs and databases)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SERVICE_PORT_NAMES, percentile, startPlatform } from '../support/platform.ts';
import { signUpWithDemoSource } from '../support/seed.ts';
import { ROOT } from './processes.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  Number(args[args.indexOf(`--${name}`) + 1] ?? fallback) || fallback;
const iterations = option('iterations', 300);
const duration = option('duration', 10);
const firstPort = option('ports', 4571);

const SMALL =
  "SELECT date_trunc('month', order_date) AS month, sum(total_amount) AS revenue FROM orders WHERE status = 'completed' GROUP BY 1 ORDER BY 1";
const LARGE = 'SELECT * FROM orders ORDER BY order_id LIMIT 2000';
const RUN = (rows: 'rows' | 'rowsJson') =>
  `mutation Run($input: RunQueryInput!) { runQuery(input: $input) { id status rowCount cached columns { name type } ${rows} } }`;

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-cache-'));
console.log(`cache hit — load average ${loadAverage()}`);
const platform = await startPlatform({
  DATA_DIR: dataDir,
  ...Object.fromEntries(SERVICE_PORT_NAMES.map((name, i) => [name, String(firstPort + i)])),
  RATE_LIMIT_POINTS_PER_MINUTE: '1000000000',
  RATE_LIMIT_IP_POINTS_PER_MINUTE: '1000000000',
});
try {
  const { token, demoSourceId: sourceId } = await signUpWithDemoSource(platform, 'bench-cache');

  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const run = (form: 'rows' | 'rowsJson', sql: string) =>
    JSON.stringify({ query: RUN(form), variables: { input: { dataSourceId: sourceId, sql } } });
  const bodies = {
    floor: JSON.stringify({ query: '{ __typename }' }),
    small: run('rowsJson', SMALL),
    large: run('rowsJson', LARGE),
    smallRows: run('rows', SMALL),
    largeRows: run('rows', LARGE),
  };
  const call = async (body: string) => {
    const started = performance.now();
    const response = await fetch(`${platform.base}/graphql`, { method: 'POST', headers, body });
    const text = await response.text();
    return { ms: performance.now() - started, text, status: response.status };
  };
  type Answer = {
    data?: {
      runQuery: { status: string; rowCount: number; cached: boolean; rows?: unknown[][]; rowsJson?: string };
    };
    errors?: unknown;
  };
  for (const kind of ['small', 'large'] as const) {
    const miss = JSON.parse((await call(bodies[kind])).text) as Answer;
    if (miss.data?.runQuery.status !== 'SUCCEEDED') throw new Error(`${kind} run: ${JSON.stringify(miss)}`);
    const hit = JSON.parse((await call(bodies[kind])).text) as Answer;
    if (!hit.data?.runQuery.cached)
      throw new Error(`${kind} was not served from the cache: ${JSON.stringify(hit)}`);
    const asRows = await call(bodies[`${kind}Rows`]);
    const rows = (JSON.parse(asRows.text) as Answer).data?.runQuery.rows;
    if (JSON.stringify(JSON.parse(hit.data.runQuery.rowsJson!)) !== JSON.stringify(rows))
      throw new Error(`${kind}: rowsJson and rows differ`);
    console.log(
      `${kind}: ${hit.data.runQuery.rowCount} rows, hit ${(await call(bodies[kind])).text.length} bytes as rowsJson, ${asRows.text.length} as rows`,
    );
  }

  // ---- sequential -------------------------------------------------------------------------------
  const kinds = ['floor', 'small', 'smallRows', 'large', 'largeRows'] as const;
  const times = Object.fromEntries(kinds.map((kind) => [kind, [] as number[]])) as Record<
    (typeof kinds)[number],
    number[]
  >;
  for (let i = 0; i < iterations; i++) {
    // Each iteration starts one place further along, so no form always follows the same one.
    for (const kind of kinds.map((_, j) => kinds[(i + j) % kinds.length]!)) {
      const { ms, status, text } = await call(bodies[kind]);
      if (status !== 200 || !text.startsWith('{"data":'))
        throw new Error(`${kind}: ${status} ${text.slice(0, 300)}`);
      if (i >= 20) times[kind].push(ms); // the first 20 are warm-up
    }
  }
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
  };
  const floor = stats(times.floor);
  console.log(`\nsequential, ${iterations - 20} iterations (load average ${loadAverage()}):`);
  console.log(
    `  { __typename } signed in             p50 ${floor.p50.toFixed(2)} ms  p95 ${floor.p95.toFixed(2)} ms`,
  );
  for (const [label, json, rows] of [
    ['24 rows', 'small', 'smallRows'],
    ['2,000 rows', 'large', 'largeRows'],
  ] as const) {
    const compact = stats(times[json]);
    const cells = stats(times[rows]);
    for (const [form, s] of [
      ['rowsJson', compact],
      ['rows', cells],
    ] as const)
      console.log(
        `  runQuery hit, ${label.padEnd(10)} ${form.padEnd(8)}  p50 ${s.p50.toFixed(2)} ms  p95 ${s.p95.toFixed(2)} ms  (+${(s.p50 - floor.p50).toFixed(2)} ms over the floor)`,
      );
    console.log(
      `  ${label}: rows / rowsJson above the floor at p50 ×${((cells.p50 - floor.p50) / (compact.p50 - floor.p50)).toFixed(2)}`,
    );
  }

  // ---- load ---------------------------------------------------------------------------------------
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-cache-load-'));
  const load = async (kind: 'small' | 'floor') => {
    const bodyFile = path.join(tmp, `${kind}.json`);
    writeFileSync(bodyFile, bodies[kind]);
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/gateway/load.ts',
        '--url',
        `${platform.base}/graphql`,
        '--body-file',
        bodyFile,
        '--connections',
        '50',
        '--warmup',
        '3',
        '--duration',
        String(duration),
        '--header',
        `authorization: Bearer ${token}`,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    await new Promise((resolve) => child.once('exit', resolve));
    return JSON.parse(out.trim().split('\n').pop()!) as {
      rps: number;
      p50: number;
      p95: number;
      errorRate: number;
    };
  };
  for (const kind of ['small', 'floor'] as const) {
    const result = await load(kind);
    console.log(
      `50 connections, ${kind === 'small' ? 'runQuery hit (24 rows, rowsJson)' : '{ __typename } signed in'}: ${result.rps.toFixed(1)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, errors ${(result.errorRate * 100).toFixed(2)} % (load average ${loadAverage()})`,
    );
  }
  rmSync(tmp, { recursive: true, force: true });
} finally {
  await platform.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
