// Load check: 60 s at 50 connections through the real gateway of `npm start` (loopback only), with
// a realistic mix of reads and mutations. Exits 1 on any 5xx, timeout, connection error, non-2xx
// or GraphQL error. `node --import tsx e2e/load/run.ts [--duration 60] [--connections 50] [--url <gateway>/graphql]`
// (--url: a running gateway, which must allow signUp; otherwise the script runs `npm start` itself).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { PLATFORM_ARGS, freePort } from '@tessera/testing';

// The parts of autocannon 8 (no bundled types; bench/gateway/autocannon.d.ts declares fewer) used here.
interface RequestSpec {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Called with the request about to be sent (return it, changed); the context is per connection. */
  setupRequest?: (request: RequestSpec, context: Record<string, unknown>) => RequestSpec;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}
interface Histogram {
  average: number;
  p50: number;
  p99: number;
  max: number;
}
interface LoadResult {
  latency: Histogram;
  requests: Histogram & { total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  '4xx': number;
  '5xx': number;
}
const load = autocannon as unknown as (
  options: { url: string; connections: number; duration: number; timeout: number; requests: RequestSpec[] },
  callback: (error: Error | null, result: LoadResult) => void,
) => unknown;

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    url: { type: 'string' },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** `npm start` on free ports and a temporary data directory; rate limits out of the way (this measures capacity). */
async function startPlatform(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tessera-load-'));
  const names = [
    'PORT',
    'ACCOUNTS_PORT',
    'QUERIES_PORT',
    'CANVASES_PORT',
    'COMMENTS_PORT',
    'AI_PORT',
    'COLLAB_PORT',
    'POSTGRES_PORT',
    'MONGODB_PORT',
  ];
  const ports: Record<string, string> = {};
  for (const name of names) ports[name] = String(await freePort());
  const { DATABASE_URL: _ignored, MONGODB_URL: _mongo, ...inherited } = process.env;
  const child: ChildProcess = spawn(process.execPath, [...PLATFORM_ARGS], {
    cwd: root,
    env: {
      ...inherited,
      ...ports,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      LOG_PRETTY: 'false',
      WEB_AUTO_BUILD: 'false',
      RATE_LIMIT_POINTS_PER_MINUTE: '1000000000',
      RATE_LIMIT_IP_POINTS_PER_MINUTE: '1000000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr!.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  const base = `http://127.0.0.1:${ports.PORT}`;
  const deadline = Date.now() + 180_000;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`npm start exited:\n${output}`);
    }
    if (
      (await fetch(`${base}/health`).then(
        (r) => r.status,
        () => 0,
      )) === 200
    )
      return { url: `${base}/graphql`, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`npm start not healthy within 180 s:\n${output}`);
}

async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok || body.errors || !body.data)
    throw new Error(`seed request failed (${response.status}): ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** One user, project, canvas with a block, and the demo source: what the mix reads and writes. */
async function seed(url: string) {
  const email = `load-${Date.now()}@example.com`;
  const signUp = await gql<{
    signUp: {
      accessToken: string;
      user: { memberships: { organization: { id: string; projects: { id: string }[] } }[] };
    };
  }>(
    url,
    'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { memberships { organization { id projects { id } } } } } }',
    { i: { email, password: 'a-long-load-password', name: 'Load', organizationName: 'Load Co' } },
  );
  const token = signUp.signUp.accessToken;
  const organization = signUp.signUp.user.memberships[0]!.organization;
  const projectId = organization.projects[0]!.id;
  const sources = await gql<{ project: { dataSources: { id: string; kind: string }[] } }>(
    url,
    'query($id: ID!) { project(id: $id) { dataSources { id kind } } }',
    { id: projectId },
    token,
  );
  const dataSourceId = sources.project.dataSources.find((s) => s.kind === 'DEMO')!.id;
  const canvas = await gql<{ createCanvas: { id: string } }>(
    url,
    'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
    { i: { projectId, name: 'Load' } },
    token,
  );
  const canvasId = canvas.createCanvas.id;
  const block = await gql<{ addBlock: { id: string } }>(
    url,
    'mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }',
    { i: { canvasId, type: 'TEXT', position: { x: 0, y: 0, w: 6, h: 2 }, content: { markdown: 'load' } } },
    token,
  );
  return { token, projectId, canvasId, blockId: block.addBlock.id, dataSourceId };
}

const platform = args.url ? null : await startPlatform();
const url = args.url ?? platform!.url;
let exitCode = 1;
try {
  const { token, projectId, canvasId, blockId, dataSourceId } = await seed(url);
  const target = new URL(url);
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const graphqlErrors = new Map<string, number>();
  let checked = 0;
  const check = (status: number, text: string) => {
    checked += 1;
    if (status !== 200) return; // counted by autocannon (non2xx / 5xx)
    try {
      const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
      for (const error of parsed.errors ?? []) {
        const code = String(error.extensions?.code ?? 'UNKNOWN');
        graphqlErrors.set(code, (graphqlErrors.get(code) ?? 0) + 1);
      }
    } catch {
      graphqlErrors.set('INVALID_JSON', (graphqlErrors.get('INVALID_JSON') ?? 0) + 1);
    }
  };
  const timings = new Map<string, number[]>();
  const request = (
    name: string,
    query: string,
    variables: Record<string, unknown> | (() => Record<string, unknown>),
  ): RequestSpec => ({
    method: 'POST',
    path: target.pathname,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body(query, typeof variables === 'function' ? {} : variables),
    setupRequest: (req, context) => {
      context.sentAt = performance.now();
      return typeof variables === 'function' ? { ...req, body: body(query, variables()) } : req;
    },
    onResponse: (status, text, context) => {
      const list = timings.get(name) ?? [];
      list.push(performance.now() - (context.sentAt as number));
      timings.set(name, list);
      check(status, text);
    },
  });
  let counter = 0;
  // The mix, per connection in this order: mostly reads (the canvas page, the project page, the
  // signed-in user, comments), with comment, block and query-run mutations among them.
  const requests = [
    request(
      'canvas',
      'query Canvas($id: ID!) { canvas(id: $id) { id name blocks { id type } commentCount comments(first: 20) { totalCount edges { node { id body } } } } }',
      { id: canvasId },
    ),
    request('me', 'query Me { me { id email memberships { role organization { id name } } } }', {}),
    request(
      'project',
      'query Project($id: ID!) { project(id: $id) { id name canvases { id name commentCount } dataSources { id name kind } } }',
      { id: projectId },
    ),
    request(
      'add-comment',
      'mutation AddComment($i: AddCommentInput!) { addComment(input: $i) { id } }',
      () => ({ i: { canvasId, body: `load comment ${++counter}` } }),
    ),
    request('canvas', 'query Canvas($id: ID!) { canvas(id: $id) { id blocks { id type } } }', {
      id: canvasId,
    }),
    request(
      'update-block',
      'mutation UpdateBlock($i: UpdateBlockInput!) { updateBlock(input: $i) { id } }',
      () => ({ i: { canvasId, blockId, content: { markdown: `load ${++counter}` } } }),
    ),
    request('comments', 'query Comments($c: ID!) { comments(canvasId: $c, first: 10) { totalCount } }', {
      c: canvasId,
    }),
    request(
      'run-query',
      'mutation Run($i: RunQueryInput!) { runQuery(input: $i) { id status rowCount } }',
      () => ({ i: { dataSourceId, sql: `SELECT ${++counter % 50} AS n` } }),
    ),
  ];
  console.log(
    `load: ${duration} s at ${connections} connections against ${url} (${requests.length} requests in the mix)`,
  );
  const result = await new Promise<LoadResult>((resolve, reject) => {
    load({ url: target.origin, connections, duration, timeout: 20, requests }, (error, value) =>
      error ? reject(error) : resolve(value),
    );
  });
  const errors = [...graphqlErrors.entries()].map(([code, n]) => `${code}×${n}`).join(', ') || 'none';
  console.log(
    [
      `requests ${result.requests.total} (${Math.round(result.requests.average)}/s), latency p50 ${result.latency.p50} ms p99 ${result.latency.p99} ms max ${result.latency.max} ms`,
      `2xx ${result['2xx']}, non-2xx ${result.non2xx} (4xx ${result['4xx']}, 5xx ${result['5xx']}), timeouts ${result.timeouts}, connection errors ${result.errors}`,
      `GraphQL errors: ${errors} (${checked} responses checked)`,
      ...[...timings.entries()].map(([name, list]) => {
        const sorted = [...list].sort((a, b) => a - b);
        const at = (q: number) =>
          Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
        return `  ${name.padEnd(13)} ${String(list.length).padStart(6)} requests, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`;
      }),
    ].join('\n'),
  );
  const failed =
    result['5xx'] > 0 ||
    result.non2xx > 0 ||
    result.timeouts > 0 ||
    result.errors > 0 ||
    graphqlErrors.size > 0 ||
    result.requests.total === 0;
  console.log(failed ? 'load: FAILED' : 'load: OK');
  exitCode = failed ? 1 : 0;
} catch (error) {
  console.error(`load: could not run: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await platform?.stop();
}
process.exit(exitCode);
