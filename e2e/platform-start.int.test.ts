import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { collabProviderOptions } from '@tessera/canvas-model/collab';
import { freePort, PLATFORM_ARGS } from '@tessera/testing';
import { synced } from './support/collab.ts';
import { postGraphQL } from './support/stack.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Platform {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs the same command as `npm start`, on free ports and a temporary data directory. */
function startPlatform(env: Record<string, string>, options: { ownProcessGroup?: boolean } = {}): Platform {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [...PLATFORM_ARGS], {
    cwd: root,
    // Its own process group, to send SIGINT to the whole group as a terminal's Ctrl-C does.
    detached: options.ownProcessGroup ?? false,
    env: { ...inherited, ...env, LOG_PRETTY: 'false', LOG_LEVEL: 'warn', WEB_AUTO_BUILD: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForHealth(base: string, platform: Platform, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (platform.child.exitCode !== null) throw new Error(`platform exited early:\n${platform.output()}`);
    const status = await fetch(`${base}/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no healthy platform within ${timeoutMs} ms:\n${platform.output()}`);
}

async function platformPorts(dataDir: string) {
  return {
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    ACCOUNTS_PORT: String(await freePort()),
    QUERIES_PORT: String(await freePort()),
    CANVASES_PORT: String(await freePort()),
    COMMENTS_PORT: String(await freePort()),
    AI_PORT: String(await freePort()),
    COLLAB_PORT: String(await freePort()),
    POSTGRES_PORT: String(await freePort()),
    MONGODB_PORT: String(await freePort()),
  };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor(
  what: string,
  condition: () => boolean | Promise<boolean>,
  platform: Platform,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms:\n${platform.output()}`);
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tessera-start-'));
const liveDataDir = await mkdtemp(path.join(os.tmpdir(), 'tessera-start-live-'));
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(liveDataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it(
    'comes up healthy within 60 s, serves the journey, stops cleanly and keeps data across restarts',
    { timeout: 180_000 },
    async () => {
      const env = await platformPorts(dataDir);
      const base = `http://127.0.0.1:${env.PORT}`;
      const graphql = `${base}/graphql`;

      const first = startPlatform(env);
      const firstStartMs = await waitForHealth(base, first, 60_000);
      expect(firstStartMs).toBeLessThan(60_000);
      expect(first.output()).toContain('PostgreSQL (embedded)');
      expect(first.output()).toContain('Tessera is up');

      const email = `start-${Date.now()}@example.com`;
      const signUp = await postGraphQL<{
        signUp: { accessToken: string; user: { memberships: { organization: { id: string } }[] } };
      }>(
        graphql,
        'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken user { memberships { organization { id } } } } }',
        { input: { email, password: 'a-long-password', name: 'Start', organizationName: 'Start Co' } },
      );
      const token = signUp.data!.signUp.accessToken;
      const organizationId = signUp.data!.signUp.user.memberships[0]!.organization.id;
      const me = await postGraphQL<{ me: { email: string } }>(graphql, '{ me { email } }', {}, token);
      expect(me.data?.me.email).toBe(email);
      const project = await postGraphQL<{ createProject: { id: string } }>(
        graphql,
        'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
        { input: { organizationId, name: 'Kept across restarts' } },
        token,
      );
      const projectId = project.data!.createProject.id;
      expect(
        (
          await postGraphQL(
            graphql,
            'query($id: ID!) { project(id: $id) { name } }',
            { id: projectId },
            token,
          )
        ).data,
      ).toEqual({
        project: { name: 'Kept across restarts' },
      });
      expect((await postGraphQL(graphql, 'mutation { logOut }', {}, token)).data).toEqual({ logOut: true });

      first.child.kill('SIGINT');
      expect(await first.exited).toBe(0);
      expect(first.output()).toContain('PostgreSQL stopped');

      const second = startPlatform(env);
      await waitForHealth(base, second, 60_000);
      expect(second.output()).not.toContain('new cluster');
      const logIn = await postGraphQL<{ logIn: { accessToken: string } }>(
        graphql,
        'mutation($input: LogInInput!) { logIn(input: $input) { accessToken } }',
        { input: { email, password: 'a-long-password' } },
      );
      const again = await postGraphQL(
        graphql,
        'query($id: ID!) { project(id: $id) { name } }',
        { id: projectId },
        logIn.data!.logIn.accessToken,
      );
      expect(again.data).toEqual({ project: { name: 'Kept across restarts' } });
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    },
  );

  it(
    'restarts an engine that dies, and Ctrl-C with a live client connected stops everything in < 5 s with exit 0',
    { timeout: 240_000 },
    async () => {
      const env = await platformPorts(liveDataDir);
      const base = `http://127.0.0.1:${env.PORT}`;
      const graphql = `${base}/graphql`;
      const platform = startPlatform(env, { ownProcessGroup: true });
      let provider: WebsocketProvider | undefined;
      try {
        await waitForHealth(base, platform, 90_000);
        const signUp = await postGraphQL<{
          signUp: { accessToken: string; user: { memberships: { organization: { id: string } }[] } };
        }>(
          graphql,
          'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken user { memberships { organization { id } } } } }',
          {
            input: {
              email: `live-${Date.now()}@example.com`,
              password: 'a-long-password',
              name: 'Live',
              organizationName: 'Live Co',
            },
          },
        );
        const token = signUp.data!.signUp.accessToken;
        const organizationId = signUp.data!.signUp.user.memberships[0]!.organization.id;
        const project = await postGraphQL<{ createProject: { id: string } }>(
          graphql,
          'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
          { input: { organizationId, name: 'Live' } },
          token,
        );
        const canvas = await postGraphQL<{ createCanvas: { id: string } }>(
          graphql,
          'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
          { i: { projectId: project.data!.createProject.id, name: 'Live' } },
          token,
        );
        const canvasId = canvas.data!.createCanvas.id;

        // kill -9 of the embedded PostgreSQL: restarted by npm start, /health and requests recover.
        const pgPid = Number.parseInt(
          (await readFile(path.join(liveDataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]!,
          10,
        );
        process.kill(pgPid, 'SIGKILL');
        await waitFor(
          'PostgreSQL restarted',
          () => platform.output().includes('PostgreSQL restarted'),
          platform,
          60_000,
        );
        await waitFor(
          'healthy again',
          () =>
            fetch(`${base}/health`).then(
              (r) => r.status === 200,
              () => false,
            ),
          platform,
          60_000,
        );
        await waitFor(
          'requests served again',
          async () => {
            const me = await postGraphQL<{ me: { id: string } | null }>(
              graphql,
              '{ me { id } }',
              {},
              token,
            ).catch(() => null);
            return Boolean(me?.data?.me?.id);
          },
          platform,
          60_000,
        );
        const newPgPid = Number.parseInt(
          (await readFile(path.join(liveDataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]!,
          10,
        );
        expect(newPgPid).not.toBe(pgPid);

        // kill -9 of the Mongo dev server: restarted too.
        const mongoPid = Number.parseInt(await readFile(path.join(liveDataDir, 'mongo.pid'), 'utf8'), 10);
        process.kill(mongoPid, 'SIGKILL');
        await waitFor(
          'Mongo dev server restarted',
          () => platform.output().includes('Mongo dev server restarted'),
          platform,
          60_000,
        );

        // A live y-websocket client through the gateway's /collab.
        const doc = new Y.Doc();
        provider = new WebsocketProvider(`${base.replace('http', 'ws')}/collab`, canvasId, doc, {
          WebSocketPolyfill: WebSocket as never,
          ...collabProviderOptions(token),
        });
        const closes: number[] = [];
        provider.on('connection-close', (event: { code: number } | null) => event && closes.push(event.code));
        await synced(provider);

        // Ctrl-C: SIGINT to the whole foreground process group.
        const asked = Date.now();
        process.kill(-platform.child.pid!, 'SIGINT');
        const code = await platform.exited;
        const tookMs = Date.now() - asked;
        expect({ code, tookMs: tookMs < 5_000 ? 'under 5 s' : `${tookMs} ms` }).toEqual({
          code: 0,
          tookMs: 'under 5 s',
        });
        expect(platform.output()).toContain('collab server stopped');
        expect(platform.output()).toContain('PostgreSQL stopped');
        expect(closes[0]).toBeGreaterThanOrEqual(1001);
        // The services stopped before the engines, and nothing is left running.
        const order = [
          'collab server stopped',
          'gateway stopped',
          'accounts stopped',
          'Mongo dev server stopped',
          'PostgreSQL stopped',
        ].map((line) => platform.output().indexOf(line));
        expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
        expect(alive(newPgPid)).toBe(false);
      } finally {
        provider?.destroy();
        if (platform.child.exitCode === null) process.kill(-platform.child.pid!, 'SIGKILL');
      }
    },
  );
});
