// bench/gateway: the federation gateway benchmark (after The Guild's graphql-gateways-benchmark),
// side by side on the same four subgraphs and supergraph:
//   (a)  bare @apollo/gateway with defaults (ApolloServer + startStandaloneServer, one process)
//   (b1) Tessera's gateway, production plugins on, one process (gateway/src/index.ts's server)
//   (b)  Tessera's gateway, one worker per core (gateway/src/cluster.ts)
//   (c)  Hive Gateway (@graphql-hive/gateway-runtime on node:http, published HTTP transport, one process)
//   (d)  Hive Gateway + Hive Router's Rust query planner (@graphql-hive/router-runtime as
//        unifiedGraphHandler), one process; `-cluster` variants fork one worker per core
// Two workloads (--workload): `classic` (every connection sends bench/gateway/query.graphql,
// anonymously: in-flight deduplication collapses it) and `mix` (bench/gateway/mix.ts: 200 signed-in
// users, varied variables, 15 % mutations: deduplication cannot help).
// Each gateway runs in its own process, one after another; the load driver (autocannon, constant
// concurrency, warm-up then measured run) in another. Prints req/s, p50/p95/p99, error rate and
// peak RSS per gateway, and the ratios b/a and b/c.
//
// Usage: node --import tsx bench/gateway/run.ts [--duration 20] [--warmup 10] [--connections 50]
//          [--gateways apollo,tessera,tessera-cluster,hive] [--workers <cores>] [--rounds 1]
//          [--profile <gateway>] [--hot] [--out results.json] [--gateway-node-args='--flag …']
//          [--query <file>] (another document than bench/gateway/query.graphql, e.g. `{ __typename }`)
//          [--workload classic|mix] [--users 200] [--settle 15] (unmeasured seconds through the first
//          gateway before round 1; 0 for none)
//          [--events-db postgres://…] (Tessera's event bus, which turns its principal cache on as in
//          production; default the local PostgreSQL, `none` to run without)
//          [--base <dir>[,<dir2>]] (adds tessera-base(2), tessera-base(2)-nodedupe: other checkouts)
// Extra gateways for context: apollo-cluster, hive-cluster (same engines forked one per core),
// tessera-nodedupe and tessera-nodedupe-cluster (b1 and b without in-flight deduplication of
// subgraph queries), tessera-cluster-gc32 and
// tessera-cluster-v8gc (b with a 32 MB or V8's default semi-space instead of cluster.ts's 64 MB), tessera-before / tessera-before-cluster (the
// gateway with gateway/src/subgraphs.ts as it was before this work: bench/gateway/baseline/).
// tessera-rust* (e1/e: the GATEWAY_ENGINE=hive-router option, with or without dedupe, one process or
// one worker per core), hive-rust-nodedupe and hive-rust-nodedupe-cluster ((d) with its subgraph
// deduplication turned off as Hive's docs show: the classic query where no gateway dedupes).
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeSupergraph } from './compose.ts';
import { ROOT, cpuMs, processTree, sampleRss, startNode, type Started } from './processes.ts';
import { summarizeProfiles } from './profile-summary.ts';
import { MIX, writeMix } from './mix.ts';
import { removeServerVariants, writeServerVariant } from './variants.ts';
import { SUBGRAPH_NAMES, type SubgraphName } from './subgraphs/schemas.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] && !args[index + 1]!.startsWith('--') ? args[index + 1]! : fallback;
};
const flag = (name: string) => args.includes(`--${name}`);
const duration = Number(option('duration', '20'));
const warmup = Number(option('warmup', '10'));
const connections = Number(option('connections', '50'));
const workers = Number(option('workers', String(os.availableParallelism())));
const rounds = Number(option('rounds', '1'));
// Seconds of unmeasured load through the first gateway before round 1, so the platform (subgraphs'
// JIT, PostgreSQL's caches) is as warm for the first gateway as for the later ones: without it, the
// first gateway of a mix run measured lower than in runs where it came later (BENCHMARKS.md, session 9).
const settle = Number(option('settle', '15'));
const profile = option('profile', '');
const workload = option('workload', 'classic');
if (workload !== 'classic' && workload !== 'mix') throw new Error('--workload is classic or mix');
const users = Number(option('users', '200'));
const eventsDb = option('events-db', 'postgres://postgres@127.0.0.1:5432/postgres');
// Extra node flags for every gateway process (experiments, e.g. --gateway-node-args=--max-semi-space-size=64).
const gatewayNodeArgs = (
  args.find((a) => a.startsWith('--gateway-node-args='))?.slice('--gateway-node-args='.length) ?? ''
)
  .split(' ')
  .filter(Boolean);
const selected = option('gateways', 'apollo,tessera,tessera-cluster,hive')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

// --base <dir>[,<dir2>…]: adds tessera-base and tessera-base-nodedupe (tessera-base2…), the gateway
// of another checkout (<dir>/gateway/src/server.ts, e.g. `git archive <commit> gateway schema | tar
// -x -C <dir>` with node_modules symlinked), for an A/B of a change in the same run; compare two
// checkouts with each other, which are loaded the same way (see hot-operation.ts).
const baseDir = option('base', '');

const HERE = 'bench/gateway';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-gateway-'));

interface GatewayDefinition {
  label: string;
  script: string;
  env?: Record<string, string>;
  nodeArgs?: string[];
  /** A server.ts variant (bench/gateway/variants.ts) run by gateways/tessera-variant.ts. */
  variant?: 'before';
  /** Run with tsx even though the script is .mjs (fork.mjs forking TypeScript workers). */
  tsx?: boolean;
}

const tesseraEnv = {
  INTERNAL_SECRET: randomBytes(32).toString('hex'),
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  LOG_PRETTY: 'false',
  // Budgets large enough that the benchmark never trips the (still active) rate limiter.
  RATE_LIMIT_POINTS_PER_MINUTE: '1000000000',
  RATE_LIMIT_IP_POINTS_PER_MINUTE: '1000000000',
  ...(eventsDb !== 'none' ? { EVENTS_DATABASE_URL: eventsDb } : {}),
};
const jwtSecret = randomBytes(32).toString('hex');

const GATEWAYS: Record<string, GatewayDefinition> = {
  apollo: { label: '(a) @apollo/gateway, defaults', script: `${HERE}/gateways/apollo.mjs` },
  tessera: {
    label: '(b1) Tessera gateway, 1 process',
    script: `${HERE}/gateways/tessera.ts`,
    env: tesseraEnv,
  },
  'tessera-cluster': {
    label: `(b) Tessera gateway, ${workers} workers`,
    script: 'gateway/src/cluster.ts',
    env: { ...tesseraEnv, GATEWAY_WORKERS: String(workers) },
  },
  'tessera-nodedupe-cluster': {
    label: `(b) … without in-flight dedupe`,
    script: `${HERE}/gateways/fork.mjs`,
    env: {
      ...tesseraEnv,
      SUBGRAPH_DEDUPE_QUERIES: 'false',
      FORK_SCRIPT: `${HERE}/gateways/tessera.ts`,
      FORK_WORKERS: String(workers),
    },
    nodeArgs: ['--max-semi-space-size=64'],
    tsx: true,
  },
  'tessera-before': {
    label: '(b0) Tessera before this work',
    script: `${HERE}/gateways/tessera-variant.ts`,
    env: { ...tesseraEnv },
    variant: 'before',
  },
  'tessera-before-cluster': {
    label: `(b0×${workers}) … forked, ${workers} workers`,
    script: `${HERE}/gateways/fork.mjs`,
    env: { ...tesseraEnv, FORK_SCRIPT: `${HERE}/gateways/tessera-variant.ts`, FORK_WORKERS: String(workers) },
    variant: 'before',
    tsx: true,
  },
  'tessera-rust': {
    label: '(e1) Tessera, Rust planner option',
    script: `${HERE}/gateways/tessera.ts`,
    env: { ...tesseraEnv, GATEWAY_ENGINE: 'hive-router' },
  },
  'tessera-rust-nodedupe': {
    label: '(e1) … without in-flight dedupe',
    script: `${HERE}/gateways/tessera.ts`,
    env: { ...tesseraEnv, GATEWAY_ENGINE: 'hive-router', SUBGRAPH_DEDUPE_QUERIES: 'false' },
  },
  'tessera-rust-cluster': {
    label: `(e) Tessera, Rust planner, ${workers} workers`,
    script: 'gateway/src/cluster.ts',
    env: { ...tesseraEnv, GATEWAY_ENGINE: 'hive-router', GATEWAY_WORKERS: String(workers) },
  },
  'tessera-rust-nodedupe-cluster': {
    label: `(e) … without in-flight dedupe`,
    script: 'gateway/src/cluster.ts',
    env: {
      ...tesseraEnv,
      GATEWAY_ENGINE: 'hive-router',
      SUBGRAPH_DEDUPE_QUERIES: 'false',
      GATEWAY_WORKERS: String(workers),
    },
  },
  'tessera-nodedupe': {
    label: '(b1) … without in-flight dedupe',
    script: `${HERE}/gateways/tessera.ts`,
    env: { ...tesseraEnv, SUBGRAPH_DEDUPE_QUERIES: 'false' },
  },
  'tessera-cluster-gc32': {
    label: '(b) … semi-space 32 MB',
    script: 'gateway/src/cluster.ts',
    env: { ...tesseraEnv, GATEWAY_WORKERS: String(workers), GATEWAY_SEMI_SPACE_MB: '32' },
  },
  'tessera-cluster-v8gc': {
    label: "(b) … V8's default semi-space",
    script: 'gateway/src/cluster.ts',
    env: { ...tesseraEnv, GATEWAY_WORKERS: String(workers), GATEWAY_SEMI_SPACE_MB: '0' },
  },
  // One pair per --base directory: tessera-base(-nodedupe) for the first, tessera-base2(-nodedupe)…
  ...Object.fromEntries(
    (baseDir ? baseDir.split(',') : []).flatMap((dir, i) => {
      const name = `tessera-base${i === 0 ? '' : i + 1}`;
      const env = { ...tesseraEnv, BENCH_SERVER_MODULE: path.resolve(dir, 'gateway/src/server.ts') };
      return [
        [
          name,
          {
            label: `(b1) Tessera gateway of ${path.basename(dir)}`,
            script: `${HERE}/gateways/tessera-variant.ts`,
            env,
          },
        ],
        [
          `${name}-nodedupe`,
          {
            label: `(b1) … of ${path.basename(dir)}, without in-flight dedupe`,
            script: `${HERE}/gateways/tessera-variant.ts`,
            env: { ...env, SUBGRAPH_DEDUPE_QUERIES: 'false' },
          },
        ],
      ] satisfies [string, GatewayDefinition][];
    }),
  ),
  hive: { label: '(c) Hive Gateway runtime', script: `${HERE}/gateways/hive.mjs` },
  'hive-rust': {
    label: '(d) Hive Gateway + Rust planner',
    script: `${HERE}/gateways/hive.mjs`,
    env: { HIVE_ROUTER_RUNTIME: 'true' },
  },
  'hive-rust-cluster': {
    label: `(d×${workers}) … ${workers} workers`,
    script: `${HERE}/gateways/fork.mjs`,
    env: {
      HIVE_ROUTER_RUNTIME: 'true',
      FORK_SCRIPT: `${HERE}/gateways/hive.mjs`,
      FORK_WORKERS: String(workers),
    },
  },
  'hive-rust-nodedupe': {
    label: '(d) … without in-flight dedupe',
    script: `${HERE}/gateways/hive.mjs`,
    env: { HIVE_ROUTER_RUNTIME: 'true', HIVE_DEDUPE: 'false' },
  },
  'hive-rust-nodedupe-cluster': {
    label: `(d×${workers}) … without in-flight dedupe`,
    script: `${HERE}/gateways/fork.mjs`,
    env: {
      HIVE_ROUTER_RUNTIME: 'true',
      HIVE_DEDUPE: 'false',
      FORK_SCRIPT: `${HERE}/gateways/hive.mjs`,
      FORK_WORKERS: String(workers),
    },
  },
  'apollo-cluster': {
    label: `(a×${workers}) @apollo/gateway, ${workers} workers`,
    script: `${HERE}/gateways/fork.mjs`,
    env: { FORK_SCRIPT: `${HERE}/gateways/apollo.mjs`, FORK_WORKERS: String(workers) },
  },
  'hive-cluster': {
    label: `(c×${workers}) Hive Gateway, ${workers} workers`,
    script: `${HERE}/gateways/fork.mjs`,
    env: { FORK_SCRIPT: `${HERE}/gateways/hive.mjs`, FORK_WORKERS: String(workers) },
  },
};
for (const name of selected)
  if (!GATEWAYS[name]) throw new Error(`unknown gateway ${name}; known: ${Object.keys(GATEWAYS).join(', ')}`);
for (const name of selected) {
  const definition = GATEWAYS[name]!;
  if (!definition.variant) continue;
  definition.env = { ...definition.env, BENCH_SERVER_MODULE: writeServerVariant(definition.variant) };
  process.on('exit', removeServerVariants);
}

interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  errorRate: number;
  non2xx: number;
  mismatches: number;
  socketErrors: number;
  timeouts: number;
  duration: number;
  driverCpuMs: number;
}
interface Measurement extends LoadResult {
  gateway: string;
  round: number;
  peakRssMb: number;
  /** CPU time per successful request, ms: the gateway (all its processes), the four subgraphs, the load driver. */
  gatewayCpuMsPerRequest: number;
  subgraphCpuMsPerRequest: number;
  driverCpuMsPerRequest: number;
}

function machine() {
  const cpu =
    /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ??
    os.cpus()[0]?.model ??
    'unknown';
  return {
    cpu,
    cores: os.availableParallelism(),
    ramGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    kernel: os.release(),
  };
}
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Runs the load driver; `onWindow` is called when the measured run starts and again when it ends. */
function runLoad(
  url: string,
  source: string[],
  minBytes: number,
  onWindow: () => void,
  phases: { warmup: number; duration: number } = { warmup, duration },
): Promise<LoadResult> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      `${HERE}/load.ts`,
      '--url',
      url,
      ...source,
      '--connections',
      String(connections),
      '--warmup',
      String(phases.warmup),
      '--duration',
      String(phases.duration),
      '--min-bytes',
      String(minBytes),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => {
    const before = out;
    out += c;
    if (!before.includes('measuring') && out.includes('measuring')) onWindow();
    if (/\n\{.*\}\s*$/.test(out) && !/\n\{.*\}\s*$/.test(before)) onWindow();
  });
  child.stderr.on('data', (c: Buffer) => (err += c));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as LoadResult);
      else reject(new Error(`load driver failed (${code}):\n${out}\n${err}`));
    });
  });
}

async function post(
  port: number,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, text: await response.text() };
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function table(rows: Measurement[]): string {
  const header = `${pad('gateway', 36)}${lpad('req/s', 9)}${lpad('p50 ms', 9)}${lpad('p95 ms', 9)}${lpad('p99 ms', 9)}${lpad('errors', 9)}${lpad('peak RSS MB', 13)}${lpad('gw CPU ms/req', 15)}`;
  const lines = rows.map(
    (r) =>
      `${pad(GATEWAYS[r.gateway]!.label, 36)}${lpad(fmt(r.rps), 9)}${lpad(fmt(r.p50), 9)}${lpad(fmt(r.p95), 9)}${lpad(fmt(r.p99), 9)}${lpad(`${fmt(r.errorRate * 100, 2)}%`, 9)}${lpad(fmt(r.peakRssMb, 0), 13)}${lpad(fmt(r.gatewayCpuMsPerRequest, 2), 15)}`,
  );
  return [header, '-'.repeat(header.length), ...lines].join('\n');
}

/** The median run (by req/s) of each gateway over the rounds. */
function medians(all: Measurement[]): Measurement[] {
  return selected
    .map((name) => {
      const runs = all.filter((m) => m.gateway === name).sort((x, y) => x.rps - y.rps);
      return runs[Math.floor((runs.length - 1) / 2)]!;
    })
    .filter(Boolean);
}

function ratios(rows: Measurement[]): string[] {
  const by = Object.fromEntries(rows.map((r) => [r.gateway, r]));
  const lines: string[] = [];
  const compare = (b: string, other: string, name: string) => {
    const x = by[b];
    const y = by[other];
    if (!x || !y) return;
    lines.push(
      `${pad(`${name}:`, 14)} req/s ×${fmt(x.rps / y.rps, 2)}   p95 ${fmt(x.p95)} vs ${fmt(y.p95)} ms (${x.p95 <= y.p95 ? 'equal or better' : 'worse'})`,
    );
  };
  compare('tessera-cluster', 'apollo', 'b/a');
  compare('tessera-cluster', 'hive', 'b/c');
  compare('tessera', 'apollo', 'b1/a');
  compare('tessera', 'hive', 'b1/c');
  compare('tessera-cluster', 'hive-cluster', `b/c×${workers}`);
  compare('tessera-cluster', 'apollo-cluster', `b/a×${workers}`);
  compare('tessera', 'hive-rust', 'b1/d');
  compare('tessera-nodedupe', 'hive-rust', 'b1 no dedupe/d');
  compare('tessera-cluster', 'hive-rust-cluster', `b/d×${workers}`);
  compare('tessera-nodedupe-cluster', 'hive-rust-cluster', `b no dedupe/d×${workers}`);
  compare('tessera-nodedupe', 'hive-rust-nodedupe', 'b1/d, neither dedupes');
  compare('tessera-nodedupe-cluster', 'hive-rust-nodedupe-cluster', `b/d×${workers}, neither dedupes`);
  compare('tessera-rust', 'hive-rust', 'e1/d');
  compare('tessera-rust-nodedupe', 'hive-rust', 'e1 no dedupe/d');
  compare('tessera-rust-nodedupe', 'hive-rust-nodedupe', 'e1/d, neither dedupes');
  compare('tessera-rust-cluster', 'hive-rust-cluster', `e/d×${workers}`);
  compare('tessera-rust-nodedupe-cluster', 'hive-rust-cluster', `e no dedupe/d×${workers}`);
  compare('tessera-rust-nodedupe-cluster', 'hive-rust-nodedupe-cluster', `e/d×${workers}, neither dedupes`);
  return lines;
}

// ---- run ----------------------------------------------------------------------------------------
const info = machine();
console.log(`bench/gateway — ${info.cpu}, ${info.cores} cores, ${info.ramGb} GB RAM, Node ${info.node}`);
console.log(
  `workload ${workload}${workload === 'mix' ? ` (${users} users)` : ''}; load average at start: ${loadAverage()}; ${connections} connections, ${warmup} s warm-up + ${duration} s measured per gateway, ${rounds} round(s)`,
);

const subgraphs: Started[] = [];
let gateway: Started | undefined;
try {
  for (const name of SUBGRAPH_NAMES)
    subgraphs.push(
      await startNode(`${HERE}/subgraphs/server.ts`, {
        args: [name],
        env: { BENCH_JWT_SECRET: jwtSecret, INTERNAL_SECRET: tesseraEnv.INTERNAL_SECRET },
      }),
    );
  const urls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name, i) => [name, `http://127.0.0.1:${subgraphs[i]!.port}/graphql`]),
  ) as Record<SubgraphName, string>;
  const supergraphPath = path.join(tmp, 'supergraph.graphql');
  writeFileSync(supergraphPath, composeSupergraph(urls));
  const query = readFileSync(path.resolve(ROOT, option('query', `${HERE}/query.graphql`)), 'utf8');
  const bodyFile = path.join(tmp, 'body.json');
  const operationName = /^\s*query\s+(\w+)/m.exec(query)?.[1];
  const body = JSON.stringify({ query, ...(operationName ? { operationName } : {}) });
  writeFileSync(bodyFile, body);
  const mixFile = path.join(tmp, 'mix.json');
  const mix = workload === 'mix' ? await writeMix(mixFile, { users, count: 20_000, jwtSecret }) : undefined;
  // What every gateway must answer identically before it is measured: the query, or each operation of the mix.
  const probes = mix
    ? MIX.map((operation) => ({
        name: operation.name,
        mutation: operation.mutation,
        request: mix.requests.find((r) => JSON.parse(r.body).operationName === operation.name)!,
      }))
    : [{ name: 'query', mutation: false, request: { headers: {}, body } }];

  const expected = new Map<string, string>();
  const all: Measurement[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const name of selected) {
      const definition = GATEWAYS[name]!;
      const profileDir = name === profile ? mkdtempSync(path.join(tmp, `profile-${name}-`)) : undefined;
      gateway = await startNode(definition.script, {
        env: { SUPERGRAPH_PATH: supergraphPath, PORT: '0', ...definition.env },
        ...(definition.tsx ? { tsx: true } : {}),
        nodeArgs: [
          ...(definition.nodeArgs ?? []),
          ...gatewayNodeArgs,
          ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []),
        ],
      });
      // Correctness first: the same data from every gateway, and no errors.
      let firstBytes = 0;
      for (const probe of probes) {
        const first = await post(gateway.port, probe.request.body, probe.request.headers);
        const parsed = JSON.parse(first.text) as { data?: unknown; errors?: unknown[] };
        if (first.status !== 200 || parsed.errors || !parsed.data)
          throw new Error(`${name} answered ${probe.name} with ${first.status}: ${first.text.slice(0, 500)}`);
        firstBytes ||= first.text.length;
        if (probe.mutation) continue; // a new review each time
        const data = JSON.stringify(parsed.data);
        if (!expected.has(probe.name)) expected.set(probe.name, data);
        if (data !== expected.get(probe.name))
          throw new Error(`${name} returned different data for ${probe.name} than the first gateway`);
      }

      const url = `http://127.0.0.1:${gateway.port}/graphql`;
      const source = mix ? ['--mix-file', mixFile] : ['--body-file', bodyFile];
      const minBytes = mix ? 0 : Math.floor(firstBytes * 0.9);
      if (round === 1 && name === selected[0] && settle > 0) {
        process.stdout.write(`settling the platform through ${name} for ${settle} s (not measured) … `);
        await runLoad(url, source, minBytes, () => {}, { warmup: settle, duration: 1 });
        console.log('done');
      }
      const rss = sampleRss(gateway.pid);
      process.stdout.write(`round ${round}: ${definition.label} … `);
      const gatewayPids = processTree(gateway.pid);
      const subgraphPids = subgraphs.map((s) => s.pid);
      const cpu: { gateway: number; subgraphs: number }[] = [];
      const result = await runLoad(url, source, minBytes, () => {
        cpu.push({ gateway: cpuMs(gatewayPids), subgraphs: cpuMs(subgraphPids) });
      });
      const peakRssMb = rss.stop();
      await gateway.stop();
      gateway = undefined;
      const good = result.rps * result.duration;
      const perRequest = (ms: number) => (good > 0 ? ms / good : NaN);
      const [start, end] = cpu;
      const measurement: Measurement = {
        gateway: name,
        round,
        peakRssMb,
        ...result,
        gatewayCpuMsPerRequest: start && end ? perRequest(end.gateway - start.gateway) : NaN,
        subgraphCpuMsPerRequest: start && end ? perRequest(end.subgraphs - start.subgraphs) : NaN,
        driverCpuMsPerRequest: perRequest(result.driverCpuMs),
      };
      all.push(measurement);
      console.log(
        `${fmt(result.rps)} req/s, p95 ${fmt(result.p95)} ms, errors ${fmt(result.errorRate * 100, 2)}%, CPU/req: gateway ${fmt(measurement.gatewayCpuMsPerRequest, 2)} ms, subgraphs ${fmt(measurement.subgraphCpuMsPerRequest, 2)} ms; load ${loadAverage()}`,
      );
      if (profileDir) {
        const files = readdirSync(profileDir)
          .filter((f) => f.endsWith('.cpuprofile'))
          .map((f) => path.join(profileDir, f));
        console.log(
          `\nCPU profile of ${name} (${files.length} file(s) in ${profileDir}):\n${summarizeProfiles(files)}\n`,
        );
      }
    }
  }

  const rows = medians(all);
  console.log(
    `\n${rounds > 1 ? `Median of ${rounds} rounds` : 'Results'} (${info.cpu}, ${info.cores} cores, Node ${info.node}; load average at end ${loadAverage()}):\n`,
  );
  console.log(table(rows));
  console.log('');
  for (const line of ratios(rows)) console.log(line);
  const out = option('out', path.join(tmp, 'results.json'));
  writeFileSync(
    out,
    JSON.stringify(
      {
        machine: info,
        settings: { workload, users, duration, warmup, settle, connections, workers, rounds },
        measurements: all,
        medians: rows,
      },
      null,
      2,
    ),
  );
  console.log(`\nraw results: ${out}`);
} finally {
  await gateway?.stop();
  await Promise.all(subgraphs.map((s) => s.stop()));
  removeServerVariants();
}

if (flag('hot')) {
  console.log('\nhot operation (bench/gateway/hot-operation.ts):');
  execFileSync(
    process.execPath,
    ['--import', 'tsx', `${HERE}/hot-operation.ts`, '--duration', String(Math.min(duration, 15))],
    { cwd: ROOT, stdio: 'inherit' },
  );
}
