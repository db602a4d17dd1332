// Starts the real platform as a process (browser tests, the web benchmark): builds web/dist when it is missing or older than
// web/src, then runs the same command as `npm start` on free ports with a temporary DATA_DIR.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopLeftoverProcess } from '@tessera/db';
import { PLATFORM_ARGS } from './platform-command.ts';
import { freePort } from './ports.ts';

export const root = fileURLToPath(new URL('../../..', import.meta.url));

export interface Platform {
  baseUrl: string;
  /** Root field names of the composed API (to skip scenarios whose backend is not there yet). */
  fields: Set<string>;
  output(): string;
  stop(): Promise<void>;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds web/dist unless it is newer than every source file (E2E_SKIP_BUILD=1 never builds). */
export function ensureWebBuilt(): void {
  const index = path.join(root, 'web/dist/index.html');
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(index)) return;
  const sources = Math.max(
    newestMtime(path.join(root, 'web/src')),
    statSync(path.join(root, 'web/index.html')).mtimeMs,
    statSync(path.join(root, 'web/vite.config.ts')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs > sources) return;
  console.log('building web/dist …');
  const result = spawnSync('npm', ['run', 'build', '-w', '@tessera/web'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`web build failed:\n${result.stdout}\n${result.stderr}`);
}

/** Every `*_PORT` the platform config knows, so new services also get free ports. */
function portVariables(): string[] {
  const names = new Set([
    'PORT',
    'ACCOUNTS_PORT',
    'QUERIES_PORT',
    'CANVASES_PORT',
    'COMMENTS_PORT',
    'AI_PORT',
    'COLLAB_PORT',
    'POSTGRES_PORT',
    'MONGODB_PORT',
  ]);
  const configFile = path.join(root, 'scripts/platform/config.ts');
  if (existsSync(configFile))
    for (const m of readFileSync(configFile, 'utf8').matchAll(/\b([A-Z][A-Z0-9_]*PORT)\s*:/g))
      names.add(m[1]!);
  return [...names];
}

async function waitForHealth(
  base: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`platform exited early:\n${output()}`);
    const status = await fetch(`${base}/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`platform not healthy within ${timeoutMs} ms:\n${output()}`);
}

async function rootFields(base: string): Promise<Set<string>> {
  const query =
    '{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }';
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: { __schema: Record<string, { fields: { name: string }[] } | null> };
  };
  const fields = new Set<string>();
  for (const [kind, type] of Object.entries(body.data?.__schema ?? {})) {
    for (const f of type?.fields ?? []) fields.add(`${kind.replace('Type', '')}.${f.name}`);
  }
  // Subscriptions are served by the gateway over graphql-ws, not in its HTTP schema: read them
  // from the published API schema.
  const api = readFileSync(path.join(root, 'schema/api.graphql'), 'utf8');
  const subscription = /type Subscription \{([^}]*)\}/.exec(api)?.[1] ?? '';
  for (const match of subscription.matchAll(/^\s+(\w+)[(:]/gm)) fields.add(`subscription.${match[1]}`);
  return fields;
}

export async function startPlatform(): Promise<Platform> {
  ensureWebBuilt();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tessera-browser-'));
  const env: Record<string, string> = { DATA_DIR: dataDir, LOG_PRETTY: 'false', LOG_LEVEL: 'warn' };
  for (const name of portVariables()) env[name] = String(await freePort());
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [...PLATFORM_ARGS], {
    cwd: root,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const baseUrl = `http://localhost:${env.PORT}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await stopLeftoverEngines(dataDir);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, child, () => output, 120_000);
    return { baseUrl, fields: await rootFields(baseUrl), output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The Mongo dev server and PostgreSQL run in process groups of their own, so they outlive a start.ts
 * that gave up (its 15 s exit timer) or was killed: stop what its data directory says is still running.
 */
async function stopLeftoverEngines(dataDir: string): Promise<void> {
  const pidIn = async (file: string) =>
    Number.parseInt((await readFile(file, 'utf8').catch(() => '')).split('\n')[0] ?? '', 10);
  await stopLeftoverProcess(await pidIn(path.join(dataDir, 'mongo.pid')), 'mongo-dev-server', 'SIGTERM');
  await stopLeftoverProcess(
    await pidIn(path.join(dataDir, 'postgres', 'postmaster.pid')),
    'postgres',
    'SIGINT',
  );
}
