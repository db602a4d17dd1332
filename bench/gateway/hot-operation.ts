// The product's hot operation through the gateway vs the subgraph calls its query plan makes:
// open a 20-block canvas with its comments' authors and comment count.
//
// Starts the real platform (scripts/start.ts via bench/support/platform.ts) for the subgraphs and
// databases, seeds one canvas (20 blocks, 3 comments per block) through the platform's gateway,
// then starts Tessera's gateway on its own (the production topology: gateway and subgraphs are
// separate deployments) against the platform's subgraphs, with rate-limit budgets large enough
// for a benchmark (the platform's embedded gateway keeps the default 60,000 points/minute, about
// 115 of these operations), each with the platform's event bus (PostgreSQL LISTEN/NOTIFY) as in
// production, which turns the principal cache on: the subgraph client from before the F10 work
// (cache off), as shipped, as shipped with the principal cache off (what the cache buys), and as
// shipped with OpenTelemetry tracing on (every request sampled, spans exported over OTLP/HTTP to a
// sink in this process), and as shipped with the optional engine (GATEWAY_ENGINE=hive-router: Hive
// Router's Rust planner and executor in place of @apollo/gateway).
// Then one client calls, in turn:
//   direct:  the 3 subgraph requests the query plan sends (canvases → comments → accounts), in
//            sequence over keep-alive connections, with a signed x-tessera-identity header; and
//            the same with each comment author sent to accounts once (the gateway deduplicates
//            entity representations: "vs distinct" is its overhead over that)
//   each gateway: the hot operation with the user's bearer token (authentication, plugins,
//            planning, 3 fetches), and `{ __typename }` (no fetch) anonymous and signed in
//   auth:    the accounts service's /internal/authenticate alone (a signed-in request's first hop)
// and reports p50/p95 of each, the gateway's overhead (gateway − direct, same iteration) and its
// CPU per request.
//
// --profile writes a V8 CPU profile of the as-shipped gateway and prints its summary for the timed
// calls (start-up and warm-up left out). --ports <base> puts the platform's services on
// <base+1>…<base+9>, the gateways measured here from <base+10> and the span sink on <base+19>
// (default: free ports; the platform's own gateway always gets a free port).
//
// --profile-out <dir> keeps the profile's files there.
// --variants shipped,base,… measures only those gateways (keys below; default all).
// --base <dir>[,<dir2>…] adds the variants `base` (`base2`…): the gateway of another checkout
// (<dir>/gateway/src/server.ts, e.g. `git archive <commit> gateway schema | tar -x -C <dir>` with
// node_modules symlinked), for an A/B of a change in the same run. Noise: an A/A/A run (shipped
// and two copies of the same commit as base, base2) agreed within 0.11 ms on the overhead's p50,
// but another A/A run of shipped against a copy differed by 0.6 ms during a burst of other work:
// compare two checkouts loaded the same way, swap their order and repeat.
//
// Usage: node --import tsx bench/gateway/hot-operation.ts [--duration 15] [--warmup 200] [--profile] [--ports 4460]
//        [--variants shipped,base] [--base /tmp/gateway-base]
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'undici';
import { createInternalTokenCodec, type Identity, type Principal } from '@tessera/auth';
import { freePort } from '@tessera/testing';
import { SERVICE_PORT_NAMES, percentile, startPlatform } from '../support/platform.ts';
import { signUpWithDemoSource } from '../support/seed.ts';
import { cpuMs, startNode } from './processes.ts';
import { summarizeProfiles } from './profile-summary.ts';
import { removeServerVariants, writeServerVariant } from './variants.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  Number(args[args.indexOf(`--${name}`) + 1] ?? fallback) || fallback;
const duration = option('duration', 15);
const profile = args.includes('--profile');
const warmup = option('warmup', 200);
const basePort = args.includes('--ports') ? option('ports', 0) : 0;
const stringOption = (name: string) =>
  args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined;
const baseDir = stringOption('base');
const only = stringOption('variants')?.split(',');
const profileOut = stringOption('profile-out');
const BLOCKS = 20;
const COMMENTS_PER_BLOCK = 3;

const HOT =
  'query HotCanvas($id: ID!) { canvas(id: $id) { name blocks { id type position { x y w h } content } comments(first: 100) { edges { node { id author { name } } } } commentCount } }';
// The query plan's three fetches, as @apollo/query-planner prints them for HOT.
const PLAN = {
  canvases:
    'query HotCanvas__canvases__0($id:ID!){canvas(id:$id){__typename id name blocks{id type position{x y w h}content}}}',
  comments:
    'query HotCanvas__comments__1($representations:[_Any!]!){_entities(representations:$representations){...on Canvas{comments(first:100){edges{node{id author{__typename id}}}}commentCount}}}',
  accounts:
    'query HotCanvas__accounts__2($representations:[_Any!]!){_entities(representations:$representations){...on User{name}}}',
};

/** Where the traced gateway sends its spans: an OTLP/HTTP endpoint that counts them and answers 200. */
async function startOtlpSink() {
  let spans = 0;
  const server = createServer((req, res) => {
    let body = '';
    req
      .setEncoding('utf8')
      .on('data', (chunk: string) => (body += chunk))
      .on('end', () => {
        spans += body.split('"spanId"').length - 1;
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
  });
  await new Promise<void>((resolve) => server.listen(basePort ? basePort + 19 : 0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans: () => spans,
    close: () => server.close(),
  };
}
const otlpSink = await startOtlpSink();

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tessera-bench-hot-'));
// The subgraphs' ports are chosen here (to call them directly); startPlatform picks the gateway's.
const ports: Record<string, string> = {};
for (const [i, name] of SERVICE_PORT_NAMES.entries())
  ports[name] = String(basePort ? basePort + 1 + i : await freePort());
const url = (name: string) => `http://127.0.0.1:${ports[name]}/graphql`;

console.log(
  `hot operation — platform data in ${dataDir}; load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const platform = await startPlatform({ DATA_DIR: dataDir, ...ports });
const gateways: Awaited<ReturnType<typeof startNode>>[] = [];
const pools: Pool[] = [];
let profileSkipMs = 0;
try {
  // ---- seed: one user, one canvas of 20 blocks, 3 comments on each block -------------------------
  const {
    token,
    projectId,
    demoSourceId: dataSourceId,
  } = await signUpWithDemoSource(platform, 'bench-hot', 'Bench Reader');
  const must = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const result = await platform.graphql<T>(query, variables, token);
    if (result.errors || !result.data)
      throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const canvasId = (
    await must<{ createCanvas: { id: string } }>(
      'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
      { i: { projectId, name: 'Hot canvas' } },
    )
  ).createCanvas.id;
  const blockIds: string[] = [];
  const add = async (type: string, content: unknown, i: number) => {
    const position = { x: (i % 4) * 3, y: Math.floor(i / 4) * 4, w: 3, h: 4 };
    const added = await must<{ addBlock: { id: string } }>(
      'mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }',
      { i: { canvasId, type, position, content } },
    );
    blockIds.push(added.addBlock.id);
    return added.addBlock.id;
  };
  // A realistic mix: SQL blocks with the charts, tables and metrics that read them, and text.
  for (let i = 0; blockIds.length < BLOCKS; i++) {
    if (dataSourceId && blockIds.length + 5 <= BLOCKS) {
      const sqlId = await add(
        'SQL',
        { dataSourceId, sql: `SELECT 'c${i}' AS category, ${(i + 1) * 100} AS revenue`, parameters: {} },
        blockIds.length,
      );
      await add(
        'CHART',
        { sourceBlockId: sqlId, chartType: 'bar', encodings: { x: 'category', y: ['revenue'] } },
        blockIds.length,
      );
      await add('TABLE', { sourceBlockId: sqlId, columns: ['category', 'revenue'] }, blockIds.length);
      await add('METRIC', { sourceBlockId: sqlId, field: 'revenue', format: 'number' }, blockIds.length);
      await add(
        'TEXT',
        { markdown: `## Section ${i + 1}\nRevenue by category: {{${sqlId}.revenue}}` },
        blockIds.length,
      );
    } else {
      await add('TEXT', { markdown: `Note ${i + 1}` }, blockIds.length);
    }
  }
  for (const blockId of blockIds) {
    for (let c = 0; c < COMMENTS_PER_BLOCK; c++) {
      await must('mutation($i: AddCommentInput!) { addComment(input: $i) { id } }', {
        i: { canvasId, blockId, body: `Comment ${c + 1} on this block: looks right to me.` },
      });
    }
  }

  // ---- the gateway on its own, against the platform's subgraphs -----------------------------------
  const { internalSecret } = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as {
    internalSecret: string;
  };
  const { appDbPassword } = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as {
    appDbPassword: string;
  };
  const gatewayEnv = {
    EVENTS_DATABASE_URL: `postgresql://tessera_app:${encodeURIComponent(appDbPassword)}@127.0.0.1:${ports.POSTGRES_PORT}/postgres`,
    PORT: '0',
    INTERNAL_SECRET: internalSecret,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    LOG_PRETTY: 'false',
    ACCOUNTS_URL: url('ACCOUNTS_PORT'),
    QUERIES_URL: url('QUERIES_PORT'),
    CANVASES_URL: url('CANVASES_PORT'),
    COMMENTS_URL: url('COMMENTS_PORT'),
    AI_URL: url('AI_PORT'),
    RATE_LIMIT_POINTS_PER_MINUTE: '1000000000',
    RATE_LIMIT_IP_POINTS_PER_MINUTE: '1000000000',
  };
  const allVariants: { key: string; label: string; script: string; env: Record<string, string> }[] = [
    {
      key: 'before',
      label: 'before F10, no cache',
      script: 'bench/gateway/gateways/tessera-variant.ts',
      env: { BENCH_SERVER_MODULE: writeServerVariant('before'), PRINCIPAL_CACHE_TTL_MS: '0' },
    },
    { key: 'shipped', label: 'as shipped', script: 'bench/gateway/gateways/tessera.ts', env: {} },
    {
      key: 'nocache',
      label: 'as shipped, no principal cache',
      script: 'bench/gateway/gateways/tessera.ts',
      env: { PRINCIPAL_CACHE_TTL_MS: '0' },
    },
    {
      key: 'traced',
      label: 'as shipped, tracing on',
      script: 'bench/gateway/gateways/tessera.ts',
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: otlpSink.url, OTEL_TRACES_SAMPLER_ARG: '1' },
    },
    {
      key: 'hiveRouter',
      label: 'as shipped, hive-router engine',
      script: 'bench/gateway/gateways/tessera.ts',
      env: { GATEWAY_ENGINE: 'hive-router' },
    },
    // One variant per --base directory: `base` for the first, `base2`, `base3`… for the others.
    ...(baseDir?.split(',') ?? []).map((dir, i) => ({
      key: i === 0 ? 'base' : `base${i + 1}`,
      label: `base (${path.basename(dir)})`,
      script: 'bench/gateway/gateways/tessera-variant.ts',
      env: { BENCH_SERVER_MODULE: path.resolve(dir, 'gateway/src/server.ts') },
    })),
  ];
  const variants = only ? allVariants.filter((v) => only.includes(v.key)) : allVariants;
  let profiledFrom = 0;
  for (const [i, variant] of variants.entries()) {
    if (variant.key === 'shipped') profiledFrom = performance.now();
    gateways.push(
      await startNode(variant.script, {
        env: { ...gatewayEnv, ...variant.env, PORT: basePort ? String(basePort + 10 + i) : '0' },
        nodeArgs:
          profile && variant.key === 'shipped'
            ? ['--cpu-prof', '--cpu-prof-dir', path.join(dataDir, 'profile')]
            : [],
      }),
    );
  }
  const pool = (base: string) => {
    const p = new Pool(new URL(base).origin, { connections: 4 });
    pools.push(p);
    return p;
  };
  const gatewayPools = gateways.map((g) => pool(`http://127.0.0.1:${g.port}`));
  const subgraph = {
    canvases: pool(url('CANVASES_PORT')),
    comments: pool(url('COMMENTS_PORT')),
    accounts: pool(url('ACCOUNTS_PORT')),
  };
  const post = async (p: Pool, pathname: string, body: unknown, headers: Record<string, string>) => {
    const response = await p.request({
      path: pathname,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const text = await response.body.text();
    if (response.statusCode !== 200)
      throw new Error(`${pathname} answered ${response.statusCode}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[]; principal?: Principal };
  };

  // The identity the gateway would forward: the accounts service's answer for this token.
  const authenticate = () =>
    post(subgraph.accounts, '/internal/authenticate', { token }, { 'x-internal-secret': internalSecret });
  const principal = (await authenticate()).principal!;
  const codec = createInternalTokenCodec(internalSecret);
  let identityToken = '';
  let signedAt = 0;
  const identityHeader = async () => {
    // Tokens live 60 s; re-signed outside the timed calls.
    if (Date.now() - signedAt > 30_000) {
      const identity: Identity = { requestId: randomUUID(), ip: '127.0.0.1', principal };
      identityToken = await codec.sign(identity);
      signedAt = Date.now();
    }
    return { 'x-tessera-identity': identityToken };
  };

  type Data = {
    canvas: {
      name: string;
      blocks: unknown[];
      comments: { edges: { node: { id: string; author: { name: string } } }[] };
      commentCount: number;
    };
  };
  const viaGateway = async (target: Pool) => {
    const result = await post(
      target,
      '/graphql',
      { query: HOT, variables: { id: canvasId }, operationName: 'HotCanvas' },
      { authorization: `Bearer ${token}` },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as Data;
  };
  // The gateway's floor: a query it answers itself ({ __typename }: no fetch), anonymous and signed in.
  const trivial = async (target: Pool, authorization?: string) => {
    const result = await post(
      target,
      '/graphql',
      { query: '{ __typename }' },
      authorization ? { authorization } : {},
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  };
  // distinct: the accounts call gets each author once (as Tessera's gateway sends entity fetches
  // since it deduplicates representations), instead of once per comment (@apollo/gateway's plan).
  const direct = async (headers: Record<string, string>, distinct = false) => {
    const first = await post(
      subgraph.canvases,
      '/graphql',
      { query: PLAN.canvases, variables: { id: canvasId }, operationName: 'HotCanvas__canvases__0' },
      headers,
    );
    const canvas = first.data!.canvas as { __typename: string; id: string; name: string; blocks: unknown[] };
    const second = await post(
      subgraph.comments,
      '/graphql',
      {
        query: PLAN.comments,
        variables: { representations: [{ __typename: 'Canvas', id: canvas.id }] },
        operationName: 'HotCanvas__comments__1',
      },
      headers,
    );
    const entity = (
      second.data!._entities as {
        comments: { edges: { node: { id: string; author: { __typename: string; id: string } } }[] };
        commentCount: number;
      }[]
    )[0]!;
    // As @apollo/gateway's plan does: one representation per author occurrence.
    const authorIds = entity.comments.edges.map((e) => e.node.author.id);
    const sentIds = distinct ? [...new Set(authorIds)] : authorIds;
    const representations = sentIds.map((id) => ({ __typename: 'User', id }));
    const third = await post(
      subgraph.accounts,
      '/graphql',
      { query: PLAN.accounts, variables: { representations }, operationName: 'HotCanvas__accounts__2' },
      headers,
    );
    const answered = third.data!._entities as { name: string }[];
    const nameOf = new Map(sentIds.map((id, i) => [id, answered[i]!.name]));
    return {
      canvas: {
        name: canvas.name,
        blocks: canvas.blocks,
        comments: {
          edges: entity.comments.edges.map((e, i) => ({
            node: { id: e.node.id, author: { name: nameOf.get(authorIds[i]!)! } },
          })),
        },
        commentCount: entity.commentCount,
      },
    } as Data;
  };

  // Same answer every way, and the canvas is what was seeded.
  const expected = JSON.stringify(await direct(await identityHeader()));
  if (JSON.stringify(await direct(await identityHeader(), true)) !== expected)
    throw new Error('direct calls with distinct authors answer differently');
  for (const [i, target] of gatewayPools.entries()) {
    const answer = JSON.stringify(await viaGateway(target));
    if (answer !== expected)
      throw new Error(
        `gateway (${variants[i]!.label}) and direct answers differ:\n${answer.slice(0, 400)}\n${expected.slice(0, 400)}`,
      );
  }
  const seeded = JSON.parse(expected) as Data;
  if (seeded.canvas.blocks.length !== BLOCKS || seeded.canvas.commentCount !== BLOCKS * COMMENTS_PER_BLOCK)
    throw new Error(
      `unexpected canvas: ${seeded.canvas.blocks.length} blocks, ${seeded.canvas.commentCount} comments`,
    );
  const responseBytes = JSON.stringify({ data: seeded }).length;

  const time = async (fn: () => Promise<unknown>) => {
    const started = performance.now();
    await fn();
    return performance.now() - started;
  };
  let round = 0;
  const iteration = async (record: boolean) => {
    const headers = await identityHeader();
    const d = await time(() => direct(headers));
    if (record) samples.direct.push(d);
    const dd = await time(() => direct(headers, true));
    if (record) samples.directDistinct.push(dd);
    // The gateways take turns going first, so none is always measured right after another's calls.
    const first = round++ % gatewayPools.length;
    for (let k = 0; k < gatewayPools.length; k++) {
      const i = (first + k) % gatewayPools.length;
      const target = gatewayPools[i]!;
      const s = samples.gateways[i]!;
      const g = await time(() => viaGateway(target));
      const anonymous = await time(() => trivial(target));
      const signedIn = await time(() => trivial(target, `Bearer ${token}`));
      if (!record) continue;
      s.hot.push(g);
      s.overhead.push(g - d);
      s.overheadDistinct.push(g - dd);
      s.floor.push(anonymous);
      s.floorSignedIn.push(signedIn);
    }
    const a = await time(authenticate);
    if (record) samples.auth.push(a);
  };
  const samples = {
    direct: [] as number[],
    directDistinct: [] as number[],
    auth: [] as number[],
    gateways: variants.map(() => ({
      hot: [] as number[],
      overhead: [] as number[],
      overheadDistinct: [] as number[],
      floor: [] as number[],
      floorSignedIn: [] as number[],
    })),
  };
  for (let i = 0; i < warmup; i++) await iteration(false);
  // The profile starts with the process: what comes before the timed calls is left out of its summary.
  profileSkipMs = performance.now() - profiledFrom;
  const cpuBefore = gateways.map((g) => cpuMs([g.pid]));
  const until = Date.now() + duration * 1000;
  while (Date.now() < until) await iteration(true);
  const cpuPerRequest = gateways.map(
    (g, i) => (cpuMs([g.pid]) - cpuBefore[i]!) / (samples.direct.length * 3),
  );

  const p = (values: number[], q: number) => percentile(values, q);
  const pair = (values: number[]) =>
    `${p(values, 50).toFixed(2).padStart(7)} ${p(values, 95).toFixed(2).padStart(7)}`;
  const iterations = samples.direct.length;
  console.log(
    `\n${BLOCKS} blocks, ${BLOCKS * COMMENTS_PER_BLOCK} comments, response ${responseBytes} bytes; ${iterations} iterations in ${duration} s, one client, every call in turn`,
  );
  console.log(
    'ms, p50 and p95; overhead = gateway − direct in the same iteration (vs distinct: − direct with each author sent once); floor = { __typename } (no subgraph fetch)\n',
  );
  console.log(
    `  ${'gateway'.padEnd(32)}${'hot operation'.padStart(16)}${'overhead'.padStart(16)}${'vs distinct'.padStart(16)}${'floor, anonymous'.padStart(18)}${'floor, signed in'.padStart(18)}${'CPU/request'.padStart(13)}`,
  );
  for (const [i, variant] of variants.entries()) {
    const s = samples.gateways[i]!;
    console.log(
      `  ${variant.label.padEnd(32)}  ${pair(s.hot)}  ${pair(s.overhead)}  ${pair(s.overheadDistinct)}    ${pair(s.floor)}    ${pair(s.floorSignedIn)}  ${cpuPerRequest[i]!.toFixed(2).padStart(8)} ms`,
    );
  }
  console.log(`  ${'direct (3 subgraph calls)'.padEnd(32)}  ${pair(samples.direct)}`);
  console.log(`  ${'direct, distinct authors'.padEnd(32)}  ${pair(samples.directDistinct)}`);
  console.log(
    `  ${'accounts /internal/authenticate (the first hop of a signed-in request)'}  ${pair(samples.auth)}`,
  );
  await new Promise((resolve) => setTimeout(resolve, 6_000)); // the batch processor exports every 5 s
  console.log(`  spans received from the traced gateway: ${otlpSink.spans()}`);
  console.log(
    JSON.stringify({
      hotOperation: {
        iterations,
        responseBytes,
        direct: { p50: p(samples.direct, 50), p95: p(samples.direct, 95) },
        directDistinct: { p50: p(samples.directDistinct, 50), p95: p(samples.directDistinct, 95) },
        authenticate: { p50: p(samples.auth, 50), p95: p(samples.auth, 95) },
        gateways: Object.fromEntries(
          variants.map((v, i) => {
            const s = samples.gateways[i]!;
            const both = (values: number[]) => ({ p50: p(values, 50), p95: p(values, 95) });
            return [
              v.key,
              {
                hot: both(s.hot),
                overhead: both(s.overhead),
                overheadDistinct: both(s.overheadDistinct),
                floor: both(s.floor),
                floorSignedIn: both(s.floorSignedIn),
                cpuMsPerRequest: cpuPerRequest[i],
              },
            ];
          }),
        ),
      },
    }),
  );
} finally {
  await Promise.all(pools.map((p) => p.close()));
  await Promise.all(gateways.map((g) => g.stop()));
  removeServerVariants();
  if (profile) {
    const dir = path.join(dataDir, 'profile');
    console.log(
      `\nCPU profile of the gateway (as shipped), timed calls only:\n${summarizeProfiles(
        readdirSync(dir).map((f) => path.join(dir, f)),
        30,
        profileSkipMs,
      )}`,
    );
    if (profileOut) cpSync(dir, profileOut, { recursive: true });
  }
  await platform.stop();
  otlpSink.close();
  rmSync(dataDir, { recursive: true, force: true });
}
