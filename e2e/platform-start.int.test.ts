import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '@tessera/testing';
import { postGraphQL } from './support/stack.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Platform {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs the same command as `npm start`, on free ports and a temporary data directory. */
function startPlatform(env: Record<string, string>): Platform {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
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
    const status = await fetch(`${base}/health`).then((r) => r.status, () => 0);
    if (status === 200) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no healthy platform within ${timeoutMs} ms:\n${platform.output()}`);
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tessera-start-'));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('npm start', () => {
  it('comes up healthy within 60 s, serves the journey, stops cleanly and keeps data across restarts', { timeout: 180_000 }, async () => {
    const env = {
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
    const base = `http://127.0.0.1:${env.PORT}`;
    const graphql = `${base}/graphql`;

    const first = startPlatform(env);
    const firstStartMs = await waitForHealth(base, first, 60_000);
    expect(firstStartMs).toBeLessThan(60_000);
    expect(first.output()).toContain('PostgreSQL (embedded)');
    expect(first.output()).toContain('Tessera is up');

    const email = `start-${Date.now()}@example.com`;
    const signUp = await postGraphQL<{ signUp: { accessToken: string; user: { memberships: { organization: { id: string } }[] } } }>(
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
    expect((await postGraphQL(graphql, 'query($id: ID!) { project(id: $id) { name } }', { id: projectId }, token)).data).toEqual({
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
    const again = await postGraphQL(graphql, 'query($id: ID!) { project(id: $id) { name } }', { id: projectId }, logIn.data!.logIn.accessToken);
    expect(again.data).toEqual({ project: { name: 'Kept across restarts' } });
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
