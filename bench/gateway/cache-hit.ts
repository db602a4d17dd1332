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
//               then on the floor: req/s, p50 and the platform's CPU per request (its Node process:
//               the gateway and the subgraphs), which a machine loaded by other work distorts least.
// A runQuery hit is a mutation: the gateway appends its audit entry (accounts' PostgreSQL, durably;
// concurrent entries share one delivery and one statement) before it runs, and delivers its outcome
// as the response leaves; the queries subgraph records the hit as a finished run sharing the stored
// rows of the run it repeats (one statement, hits arriving together batched) — the run history is
// kept for hits too; the rows come from the cache, not PostgreSQL.
//
// --profile <dir> writes a V8 CPU profile of the platform's process (the gateway and every
// subgraph run in it) into <dir> when the platform stops.
// --base <dir> is a same-run A/B: it also starts another checkout's platform (<dir>, e.g. a
// `git worktree` of the starting commit with node_modules linked) and measures both in the same
// loops: each sequential call is made on both, in alternating order, and the load phases alternate
// between them (--rounds of each, the order swapped every round), so a burst of other work on the
// machine lands on both.
//
// The sequential loop runs --warmup iterations first (reported separately: how a hit fares while
// the platform warms up), then --iterations measured on the warmed-up platform.
//
// Usage: node --import tsx bench/gateway/cache-hit.ts [--iterations 300] [--warmup 300] [--duration 10]
//        [--ports 4571] (first of 8 consecutive ports for the subgraphs and databases; the base's
//        from +10) [--profile <dir>] [--base <dir>] [--rounds 2]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SERVICE_PORT_NAMES, percentile, startPlatform, type RunningPlatform } from '../support/platform.ts';
import { signUpWithDemoSource } from '../support/seed.ts';
import { ROOT, cpuMs } from './processes.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  Number(args[args.indexOf(`--${name}`) + 1] ?? fallback) || fallback;
const stringOption = (name: string) =>
  args.includes(`--${name}`) ? path.resolve(args[args.indexOf(`--${name}`) + 1]!) : undefined;
const iterations = option('iterations', 300);
const warmup = option('warmup', 300);
const duration = option('duration', 10);
const firstPort = option('ports', 4571);
const profileDir = stringOption('profile');
const baseDir = stringOption('base');
const rounds = baseDir ? option('rounds', 2) : 1;

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

/**
 * The platform's Node process (scripts/start.ts: the gateway and every subgraph), found by its
 * DATA_DIR. Its CPU per request is what a machine loaded by other work distorts least.
 */
function platformPids(dataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (
        readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(`DATA_DIR=${dataDir}`) &&
        readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('scripts/start.ts')
      )
        pids.push(Number(entry));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return pids;
}

const kinds = ['floor', 'small', 'smallRows', 'large', 'largeRows'] as const;
type Kind = (typeof kinds)[number];
type Answer = {
  data?: {
    runQuery: { status: string; rowCount: number; cached: boolean; rows?: unknown[][]; rowsJson?: string };
  };
  errors?: unknown;
};

/** One platform under test: this checkout's, or the base's (--base). */
interface Target {
  label: string;
  platform: RunningPlatform;
  dataDir: string;
  token: string;
  bodies: Record<Kind, string>;
  call(body: string): Promise<{ ms: number; text: string; status: number }>;
}

async function startTarget(label: string, root: string | undefined, ports: number): Promise<Target> {
  const start = root
    ? (
        (await import(path.join(root, 'bench/support/platform.ts'))) as {
          startPlatform: typeof startPlatform;
        }
      ).startPlatform
    : startPlatform;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-cache-'));
  const platform = await start({
    DATA_DIR: dataDir,
    ...Object.fromEntries(SERVICE_PORT_NAMES.map((name, i) => [name, String(ports + i)])),
    RATE_LIMIT_POINTS_PER_MINUTE: '1000000000',
    RATE_LIMIT_IP_POINTS_PER_MINUTE: '1000000000',
    ...(profileDir
      ? {
          NODE_OPTIONS: `--import ${path.join(ROOT, 'bench/gateway/cpu-profile-preload.mjs')}`,
          CPU_PROFILE_DIR: path.join(profileDir, label.replace(/\W+/g, '-')),
        }
      : {}),
  });
  const { token, demoSourceId: sourceId } = await signUpWithDemoSource(platform, 'bench-cache');
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const run = (form: 'rows' | 'rowsJson', sql: string) =>
    JSON.stringify({ query: RUN(form), variables: { input: { dataSourceId: sourceId, sql } } });
  const call = async (body: string) => {
    const started = performance.now();
    const response = await fetch(`${platform.base}/graphql`, { method: 'POST', headers, body });
    const text = await response.text();
    return { ms: performance.now() - started, text, status: response.status };
  };
  const target: Target = {
    label,
    platform,
    dataDir,
    token,
    call,
    bodies: {
      floor: JSON.stringify({ query: '{ __typename }' }),
      small: run('rowsJson', SMALL),
      large: run('rowsJson', LARGE),
      smallRows: run('rows', SMALL),
      largeRows: run('rows', LARGE),
    },
  };
  for (const kind of ['small', 'large'] as const) {
    const miss = JSON.parse((await call(target.bodies[kind])).text) as Answer;
    if (miss.data?.runQuery.status !== 'SUCCEEDED') throw new Error(`${kind} run: ${JSON.stringify(miss)}`);
    const hit = JSON.parse((await call(target.bodies[kind])).text) as Answer;
    if (!hit.data?.runQuery.cached)
      throw new Error(`${kind} was not served from the cache: ${JSON.stringify(hit)}`);
    const asRows = await call(target.bodies[`${kind}Rows`]);
    const rows = (JSON.parse(asRows.text) as Answer).data?.runQuery.rows;
    if (JSON.stringify(JSON.parse(hit.data.runQuery.rowsJson!)) !== JSON.stringify(rows))
      throw new Error(`${kind}: rowsJson and rows differ`);
    console.log(
      `${label}: ${kind}: ${hit.data.runQuery.rowCount} rows, hit ${(await call(target.bodies[kind])).text.length} bytes as rowsJson, ${asRows.text.length} as rows`,
    );
  }
  return target;
}

console.log(`cache hit — load average ${loadAverage()}`);
const targets: Target[] = [];
try {
  targets.push(await startTarget(baseDir ? 'this checkout' : 'platform', undefined, firstPort));
  if (baseDir) targets.push(await startTarget(`base (${path.basename(baseDir)})`, baseDir, firstPort + 10));

  // ---- sequential -------------------------------------------------------------------------------
  const sequential = async (count: number, skip: number) => {
    const times = targets.map(
      () => Object.fromEntries(kinds.map((kind) => [kind, [] as number[]])) as Record<Kind, number[]>,
    );
    for (let i = 0; i < count; i++) {
      // Each iteration starts one place further along, so no form always follows the same one;
      // with a base, the two platforms take turns at going first.
      for (const kind of kinds.map((_, j) => kinds[(i + j) % kinds.length]!)) {
        for (const t of targets.map((_, k) => (i % 2 === 0 ? k : targets.length - 1 - k))) {
          const { ms, status, text } = await targets[t]!.call(targets[t]!.bodies[kind]);
          if (status !== 200 || !text.startsWith('{"data":'))
            throw new Error(`${targets[t]!.label} ${kind}: ${status} ${text.slice(0, 300)}`);
          if (i >= skip) times[t]![kind].push(ms);
        }
      }
    }
    return times;
  };
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
  };
  const report = (times: Record<Kind, number[]>[], brief: boolean) => {
    for (const [t, target] of targets.entries()) {
      if (baseDir) console.log(` ${target.label}:`);
      const floor = stats(times[t]!.floor);
      console.log(
        `  { __typename } signed in             p50 ${floor.p50.toFixed(2)} ms  p95 ${floor.p95.toFixed(2)} ms`,
      );
      for (const [label, json, rows] of [
        ['24 rows', 'small', 'smallRows'],
        ['2,000 rows', 'large', 'largeRows'],
      ] as const) {
        const compact = stats(times[t]![json]);
        const cells = stats(times[t]![rows]);
        for (const [form, s] of [
          ['rowsJson', compact],
          ['rows', cells],
        ] as const)
          console.log(
            `  runQuery hit, ${label.padEnd(10)} ${form.padEnd(8)}  p50 ${s.p50.toFixed(2)} ms  p95 ${s.p95.toFixed(2)} ms  (+${(s.p50 - floor.p50).toFixed(2)} ms over the floor)`,
          );
        if (!brief)
          console.log(
            `  ${label}: rows / rowsJson above the floor at p50 ×${((cells.p50 - floor.p50) / (compact.p50 - floor.p50)).toFixed(2)}`,
          );
      }
    }
  };
  // The platform warms up over its first thousand or so requests (its CPU per request falls about
  // fourfold; presumably the JIT and the database connections' cached plans): measured while
  // warming up, a hit says more about the first minute after a start than about the server users
  // reach. The load phase below warms up before measuring too (load.ts --warmup).
  const early = await sequential(warmup, 20);
  console.log(
    `\nsequential, warming up: ${warmup} iterations, the first 20 left out (load average ${loadAverage()}):`,
  );
  report(early, true);
  const warm = await sequential(iterations, 0);
  console.log(`\nsequential, warmed up: ${iterations} iterations (load average ${loadAverage()}):`);
  report(warm, false);

  // ---- load ---------------------------------------------------------------------------------------
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-cache-load-'));
  const load = async (target: Target, kind: 'small' | 'floor') => {
    const bodyFile = path.join(tmp, `${kind}.json`);
    writeFileSync(bodyFile, target.bodies[kind]);
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/gateway/load.ts',
        '--url',
        `${target.platform.base}/graphql`,
        '--body-file',
        bodyFile,
        '--connections',
        '50',
        '--warmup',
        '3',
        '--duration',
        String(duration),
        '--header',
        `authorization: Bearer ${target.token}`,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    // The measured run starts when the driver prints `measuring` (after its warm-up).
    const pids = platformPids(target.dataDir);
    let cpuAtStart: number | null = null;
    child.stdout.on('data', (c: Buffer) => {
      out += c;
      if (cpuAtStart === null && out.includes('measuring')) cpuAtStart = cpuMs(pids);
    });
    await new Promise((resolve) => child.once('exit', resolve));
    const cpuAtEnd = cpuMs(pids);
    const result = JSON.parse(out.trim().split('\n').pop()!) as {
      requests: number;
      rps: number;
      p50: number;
      p95: number;
      errorRate: number;
    };
    const started = cpuAtStart as number | null;
    return { ...result, cpuPerRequest: started === null ? NaN : (cpuAtEnd - started) / result.requests };
  };
  for (const kind of ['small', 'floor'] as const) {
    for (let round = 0; round < rounds; round++) {
      for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
        const result = await load(target, kind);
        console.log(
          `50 connections${baseDir ? `, ${target.label}` : ''}, ${kind === 'small' ? 'runQuery hit (24 rows, rowsJson)' : '{ __typename } signed in'}: ${result.rps.toFixed(1)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, errors ${(result.errorRate * 100).toFixed(2)} %, platform CPU per request ${result.cpuPerRequest.toFixed(3)} ms (load average ${loadAverage()})`,
        );
      }
    }
  }
  rmSync(tmp, { recursive: true, force: true });
} finally {
  for (const target of targets) {
    await target.platform.stop();
    rmSync(target.dataDir, { recursive: true, force: true });
  }
}
