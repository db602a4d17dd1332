import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { start as startMongo, type RunningServer } from '@tessera/mongo-dev-server';
import { createTestDatabase, freePort, TEST_SECRETS } from '@tessera/testing';
import { postGraphQL } from '../support/stack.ts';

// The pieces run as separate processes (as in production): accounts, canvases, comments and the
// gateway. With the comments process killed, a canvas is still served: the fields comments owns
// are null with a typed SUBGRAPH_UNAVAILABLE error at their path, and nothing internal leaks.

const root = fileURLToPath(new URL('../..', import.meta.url));
const processes = new Map<string, ChildProcess>();
let db: { url: string; drop(): Promise<void> };
let mongo: RunningServer;
let gateway: string;
let token: string;
let projectId: string;
let canvasId: string;

async function startProcess(
  name: string,
  script: string,
  portVariable: string,
  env: Record<string, string>,
): Promise<string> {
  const port = String(await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: {
      ...process.env,
      ...TEST_SECRETS,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      LOG_PRETTY: 'false',
      [portVariable]: port,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  processes.set(name, child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited:\n${output}`);
    if (
      await fetch(`${base}/health`).then(
        () => true,
        () => false,
      )
    )
      return `${base}/graphql`;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not start:\n${output}`);
}

function kill(name: string): Promise<void> {
  const child = processes.get(name)!;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  return exited;
}

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  mongo = await startMongo({ port: 0 });
  const accounts = await startProcess('accounts', 'subgraphs/accounts/src/index.ts', 'ACCOUNTS_PORT', {
    DATABASE_URL: db.url,
  });
  const queriesUrl = `http://127.0.0.1:${await freePort()}/graphql`; // not started: nothing here asks it
  const canvases = await startProcess('canvases', 'subgraphs/canvases/src/index.ts', 'CANVASES_PORT', {
    MONGODB_URL: `${mongo.uri}/tessera`,
    ACCOUNTS_URL: accounts,
    QUERIES_URL: queriesUrl,
    PUBLIC_URL: 'http://127.0.0.1',
  });
  const comments = await startProcess('comments', 'subgraphs/comments/src/index.ts', 'COMMENTS_PORT', {
    DATABASE_URL: db.url,
    ACCOUNTS_URL: accounts,
    CANVASES_URL: canvases,
  });
  gateway = await startProcess('gateway', 'gateway/src/index.ts', 'PORT', {
    ACCOUNTS_URL: accounts,
    CANVASES_URL: canvases,
    COMMENTS_URL: comments,
    QUERIES_URL: queriesUrl,
    AI_URL: `http://127.0.0.1:${await freePort()}/graphql`,
  });

  const signUp = await postGraphQL<{
    signUp: {
      accessToken: string;
      user: { memberships: { organization: { projects: { id: string }[] } }[] };
    };
  }>(
    gateway,
    'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { memberships { organization { projects { id } } } } } }',
    {
      i: {
        email: `partial-${Date.now()}@example.com`,
        password: 'a-long-password',
        name: 'Partial',
        organizationName: 'Partial Co',
      },
    },
  );
  token = signUp.data!.signUp.accessToken;
  projectId = signUp.data!.signUp.user.memberships[0]!.organization.projects[0]!.id;
  const canvas = await postGraphQL<{ createCanvas: { id: string } }>(
    gateway,
    'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
    { i: { projectId, name: 'Still here' } },
    token,
  );
  canvasId = canvas.data!.createCanvas.id;
  await postGraphQL(
    gateway,
    'mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }',
    { i: { canvasId, type: 'TEXT', position: { x: 0, y: 0, w: 4, h: 2 }, content: { markdown: 'kept' } } },
    token,
  );
  const comment = await postGraphQL(
    gateway,
    'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
    { i: { canvasId, body: 'before the outage' } },
    token,
  );
  expect(comment.errors).toBeUndefined();
}, 240_000);

afterAll(async () => {
  for (const child of processes.values())
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await mongo?.stop();
  await db?.drop();
});

const CANVAS =
  'query($id: ID!) { canvas(id: $id) { id name blocks { id type } commentCount comments { totalCount } } }';
const internals = /127\.0\.0\.1|localhost|ECONN|socket|fetch|:\d{4,5}|\.ts\b|stack/i;

describe('partial data when a subgraph is down', () => {
  it(
    'with the comments process killed, the canvas is served with comments null and SUBGRAPH_UNAVAILABLE at their paths',
    { timeout: 120_000 },
    async () => {
      const before = await postGraphQL<{ canvas: { name: string; commentCount: number } }>(
        gateway,
        CANVAS,
        { id: canvasId },
        token,
      );
      expect(before.errors).toBeUndefined();
      expect(before.data?.canvas).toMatchObject({
        name: 'Still here',
        commentCount: 1,
        comments: { totalCount: 1 },
      });

      await kill('comments');
      const during = await postGraphQL<{
        canvas: { name: string; blocks: unknown[]; commentCount: number | null; comments: unknown } | null;
      }>(gateway, CANVAS, { id: canvasId }, token);
      expect(during.status).toBe(200);
      expect(during.data?.canvas).toMatchObject({
        id: canvasId,
        name: 'Still here',
        blocks: [{ type: 'TEXT' }],
        commentCount: null,
        comments: null,
      });
      expect(
        during.errors
          ?.map((e) => ({ code: e.extensions?.code, path: e.path }))
          .sort((a, b) => String(a.path).localeCompare(String(b.path))),
      ).toEqual([
        { code: 'SUBGRAPH_UNAVAILABLE', path: ['canvas', 'commentCount'] },
        { code: 'SUBGRAPH_UNAVAILABLE', path: ['canvas', 'comments'] },
      ]);
      expect(JSON.stringify(during.errors)).not.toMatch(internals);
      expect(Object.keys(during.errors![0]!.extensions!)).toEqual(['code']);

      // A query that only comments can answer: nothing to serve, so 503 with the typed error.
      const only = await postGraphQL(
        gateway,
        'query($c: ID!) { comments(canvasId: $c) { totalCount } }',
        { c: canvasId },
        token,
      );
      expect(only.status).toBe(503);
      expect(only.errors?.[0]).toMatchObject({
        path: ['comments'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
      });
      expect(JSON.stringify(only.errors)).not.toMatch(internals);
    },
  );

  it(
    'with the canvases process killed too, a project is served with its canvases null',
    { timeout: 60_000 },
    async () => {
      await kill('canvases');
      const project = await postGraphQL<{ project: { id: string; name: string; canvases: unknown } | null }>(
        gateway,
        'query($id: ID!) { project(id: $id) { id name canvases { id } } }',
        { id: projectId },
        token,
      );
      expect(project.data?.project).toMatchObject({ id: projectId, canvases: null });
      expect(project.data?.project?.name).toBeTruthy();
      expect(project.errors?.map((e) => ({ code: e.extensions?.code, path: e.path }))).toEqual([
        { code: 'SUBGRAPH_UNAVAILABLE', path: ['project', 'canvases'] },
      ]);
    },
  );
});
