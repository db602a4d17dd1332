import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PLATFORM_ARGS, freePort } from '@tessera/testing';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningPlatform {
  base: string;
  graphql<T>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ data?: T; errors?: unknown[] }>;
  stop(): Promise<void>;
}

/**
 * The port variables of everything behind the gateway (subgraphs, collab server, embedded
 * databases). `startPlatform` picks free ones unless `env` sets them; a benchmark that calls a
 * subgraph directly chooses them itself.
 */
export const SERVICE_PORT_NAMES = [
  'ACCOUNTS_PORT',
  'QUERIES_PORT',
  'CANVASES_PORT',
  'COMMENTS_PORT',
  'AI_PORT',
  'COLLAB_PORT',
  'WORKER_PORT',
  'POSTGRES_PORT',
  'MONGODB_PORT',
] as const;

/** Starts the real platform (`npm start`'s script) on free ports, for benchmarks. */
export async function startPlatform(env: Record<string, string>): Promise<RunningPlatform> {
  const names = ['PORT', ...SERVICE_PORT_NAMES];
  const ports: Record<string, number> = {};
  for (const name of names) ports[name] = await freePort();
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child: ChildProcess = spawn(process.execPath, [...PLATFORM_ARGS], {
    cwd: root,
    env: {
      ...inherited,
      LOG_PRETTY: 'false',
      LOG_LEVEL: 'warn',
      WEB_AUTO_BUILD: 'false',
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  const base = `http://127.0.0.1:${env.PORT ?? ports.PORT}`;
  const deadline = Date.now() + 120_000;
  while (
    (await fetch(`${base}/health`).then(
      (r) => r.status,
      () => 0,
    )) !== 200
  ) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`platform did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    async graphql(query, variables, token) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: never; errors?: unknown[] };
    },
    async stop() {
      child.kill('SIGINT');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export const median = (values: number[]) => percentile(values, 50);
