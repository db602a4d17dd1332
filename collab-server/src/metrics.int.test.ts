import { randomUUID } from 'node:crypto';
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { reauthorizeClosedReason, refusedReason } from './metrics.ts';
import { registerCollabMetrics } from './server.ts';
import {
  connectClient,
  startTestServer,
  waitFor,
  type TestClient,
  type TestServer,
} from './testing/harness.ts';
import { engineAvailable } from '@tessera/testing';
import { REDIS_URL, redisReachable } from './testing/redis.ts';

/** One sample of the Prometheus text format: `name{a="x",b="y"} value`. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
    const [, name, labelText, value] = match as unknown as [string, string, string | undefined, string];
    const labels: Record<string, string> = {};
    for (const [, key, raw] of (labelText ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[key!] = raw!;
    samples.push({ name, labels, value: Number(value) });
  }
  return samples;
}

/** The value of the one sample of `name` whose labels include `labels`; undefined when there is none. */
function sample(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return found[0]?.value;
}

const block = { id: 'q', type: 'SQL', position: { x: 0, y: 0, w: 4, h: 3 }, content: { sql: 'select 1' } };

describe('metrics', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  const sockets: WebSocket[] = [];
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    sockets.splice(0).forEach((s) => s.terminate());
    await server?.stop();
  });

  const httpUrl = (path: string) => `${server.url.replace(/^ws/, 'http').replace(/\/collab$/, '')}${path}`;
  async function scrape(): Promise<Sample[]> {
    const res = await fetch(httpUrl('/metrics'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parseMetrics(await res.text());
  }
  /** Opens a raw socket and resolves with the close code the server sends. */
  function refusedWith(canvasId: string, token: string): Promise<number> {
    const ws = new WebSocket(`${server.url}/${canvasId}`, ['tessera.v1', token]);
    sockets.push(ws);
    ws.on('error', () => undefined);
    return new Promise((resolve) => ws.once('close', (code: number) => resolve(code)));
  }

  it('GET /metrics reports connections, live canvases and refusals by reason, labelled service="collab"', async () => {
    server = await startTestServer({ env: { COLLAB_IDLE_UNLOAD_MS: '100' } });
    server.persistence.create('canvas1', [block]);

    let samples = await scrape();
    expect(sample(samples, 'collab_connections', { service: 'collab' })).toBe(0);
    expect(sample(samples, 'collab_documents', { service: 'collab' })).toBe(0);
    expect(sample(samples, 'collab_redis_connected', { service: 'collab' })).toBe(0);
    for (const reason of [
      'unauthenticated',
      'forbidden',
      'unknown_canvas',
      'canvas_full',
      'internal_error',
      'server_restart',
    ]) {
      expect(sample(samples, 'collab_refused_connections_total', { service: 'collab', reason })).toBe(0);
    }
    for (const reason of ['unauthenticated', 'forbidden', 'unknown_canvas', 'access_changed']) {
      expect(
        sample(samples, 'collab_reauthorize_closed_connections_total', { service: 'collab', reason }),
      ).toBe(0);
    }
    expect(sample(samples, 'collab_reauthorize_errors_total', { service: 'collab' })).toBe(0);
    // Process defaults come along.
    expect(sample(samples, 'process_cpu_user_seconds_total', { service: 'collab' })).toBeGreaterThan(0);

    const alice = connectClient(server.url, 'canvas1', 'editor-alice');
    clients.push(alice);
    await alice.synced;
    samples = await scrape();
    expect(sample(samples, 'collab_connections')).toBe(1);
    expect(sample(samples, 'collab_documents')).toBe(1);

    expect(await refusedWith('canvas1', 'garbage')).toBe(4401);
    expect(await refusedWith('canvas1', 'also-garbage')).toBe(4401);
    expect(await refusedWith('canvas1', 'outsider-eve')).toBe(4403);
    expect(await refusedWith('missing', 'editor-alice')).toBe(4404);
    samples = await scrape();
    expect(sample(samples, 'collab_refused_connections_total', { reason: 'unauthenticated' })).toBe(2);
    expect(sample(samples, 'collab_refused_connections_total', { reason: 'forbidden' })).toBe(1);
    expect(sample(samples, 'collab_refused_connections_total', { reason: 'unknown_canvas' })).toBe(1);
    expect(sample(samples, 'collab_refused_connections_total', { reason: 'canvas_full' })).toBe(0);
    // Refused sockets were never counted as connections.
    expect(sample(samples, 'collab_connections')).toBe(1);

    alice.destroy();
    await waitFor(() => server.server.stats().connections === 0, 5000, 'disconnect');
    samples = await scrape();
    expect(sample(samples, 'collab_connections')).toBe(0);
    // The canvas unloads once idle (100 ms here).
    await waitFor(() => server.server.stats().canvases === 0, 5000, 'unload');
    samples = await scrape();
    expect(sample(samples, 'collab_documents')).toBe(0);
    expect(sample(samples, 'collab_refused_connections_total', { reason: 'unauthenticated' })).toBe(2);
  });

  it('GET /health is unchanged and other paths still answer 404', async () => {
    server = await startTestServer();
    const health = await fetch(httpUrl('/health'));
    expect(await health.json()).toEqual({ status: 'ok', canvases: 0, connections: 0 });
    expect((await fetch(httpUrl('/metrics/extra'))).status).toBe(404);
    expect((await fetch(httpUrl('/metrics?x=1'))).status).toBe(200);
  });

  it('registerCollabMetrics registers the same metrics in a host process registry', async () => {
    server = await startTestServer();
    server.persistence.create('canvas1', [block]);
    const host = new Registry();
    host.setDefaultLabels({ service: 'gateway' });
    registerCollabMetrics(host, () => server.server.stats());
    const bob = connectClient(server.url, 'canvas1', 'viewer-bob');
    clients.push(bob);
    await bob.synced;
    expect(await refusedWith('canvas1', 'outsider-eve')).toBe(4403);
    const samples = parseMetrics(await host.metrics());
    expect(sample(samples, 'collab_connections', { service: 'gateway' })).toBe(1);
    expect(sample(samples, 'collab_documents', { service: 'gateway' })).toBe(1);
    expect(sample(samples, 'collab_documents_not_saving', { service: 'gateway' })).toBe(0);
    expect(
      sample(samples, 'collab_refused_connections_total', { service: 'gateway', reason: 'forbidden' }),
    ).toBe(1);
    // Only the collab metrics: the host decides about process defaults.
    expect(new Set(samples.map((s) => s.name))).toEqual(
      new Set([
        'collab_connections',
        'collab_documents',
        'collab_documents_not_saving',
        'collab_refused_connections_total',
        'collab_reauthorize_closed_connections_total',
        'collab_reauthorize_errors_total',
        'collab_redis_connected',
      ]),
    );
    expect(() => registerCollabMetrics(host, () => server.server.stats())).toThrow(/already been registered/);
  });

  it('names refusal reasons after the close code', () => {
    expect(refusedReason(4401)).toBe('unauthenticated');
    expect(refusedReason(4503)).toBe('canvas_full');
    expect(refusedReason(1011)).toBe('internal_error');
    expect(refusedReason(4999)).toBe('code_4999');
    expect(reauthorizeClosedReason(4403)).toBe('forbidden');
    expect(reauthorizeClosedReason(1012)).toBe('access_changed');
  });
});

// Off CI an absent Redis skips (saying so); on CI (CI=true) it fails this file.
const reachable = await engineAvailable('Redis', REDIS_URL, redisReachable);

describe.runIf(reachable)('metrics with Redis', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
  });

  it('collab_redis_connected is 1 while both Redis connections are ready, 0 after stop', async () => {
    server = await startTestServer({
      redis: { url: REDIS_URL, channelPrefix: `test:metrics:${randomUUID()}:` },
    });
    const registry = new Registry();
    registerCollabMetrics(registry, () => server!.server.stats());
    expect(sample(parseMetrics(await registry.metrics()), 'collab_redis_connected')).toBe(1);
    await server.stop();
    expect(sample(parseMetrics(await registry.metrics()), 'collab_redis_connected')).toBe(0);
  });
});
