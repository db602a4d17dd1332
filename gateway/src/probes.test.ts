import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthReport } from '@tessera/service-kit';
import { probeRoutes } from './probes.ts';
import { serveRoutes, type RouteServer } from './testing/serve-routes.ts';

const state = { schemaLoaded: true, draining: false, accounts: 'ok' as 'ok' | 'down', dependencyCalls: 0 };
let server: RouteServer;

beforeAll(async () => {
  server = await serveRoutes([
    probeRoutes({
      schemaLoaded: () => state.schemaLoaded,
      draining: () => state.draining,
      async dependencies(): Promise<HealthReport> {
        state.dependencyCalls += 1;
        const status = state.accounts === 'ok' ? 'ok' : 'degraded';
        return {
          status,
          components: {
            accounts: { status: state.accounts },
            'accounts.postgres': { status: state.accounts },
          },
        };
      },
    }),
  ]);
});
afterAll(() => server.close());

const get = async (path: string) => {
  const response = await fetch(server.url(path));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('orchestrator probes', () => {
  it('/livez answers 200 without asking any dependency, even when they are down', async () => {
    state.accounts = 'down';
    const calls = state.dependencyCalls;
    expect(await get('/livez')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(state.dependencyCalls).toBe(calls);
    state.accounts = 'ok';
  });

  it('/readyz is 200 once the supergraph is loaded and every subgraph is healthy', async () => {
    expect(await get('/readyz')).toEqual({
      status: 200,
      body: {
        status: 'ready',
        components: {
          supergraph: { status: 'ok' },
          accounts: { status: 'ok' },
          'accounts.postgres': { status: 'ok' },
        },
      },
    });
  });

  it('/readyz is 503 naming what is missing: a subgraph down, or no supergraph yet', async () => {
    state.accounts = 'down';
    const down = await get('/readyz');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'not ready', components: { accounts: { status: 'down' } } });
    state.accounts = 'ok';
    state.schemaLoaded = false;
    const noSchema = await get('/readyz');
    expect(noSchema.status).toBe(503);
    expect(noSchema.body).toMatchObject({ components: { supergraph: { status: 'down' } } });
    state.schemaLoaded = true;
  });

  it('/readyz is 503 while the gateway drains, so the load balancer stops sending before it closes', async () => {
    state.draining = true;
    expect(await get('/readyz')).toEqual({ status: 503, body: { status: 'draining' } });
    expect((await get('/livez')).status).toBe(200);
    state.draining = false;
  });
});
