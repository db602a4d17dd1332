import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../support/accounts.ts';
import { liveClients } from '../support/collab.ts';
import { demoSourceId, runQuery } from '../support/queries.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
}, 180_000);
afterAll(() => stack.stop());

const metricsOf = async (graphqlUrl: string) => (await fetch(new URL('/metrics', graphqlUrl))).text();

/** A sample line of `metric` whose labels include all of `labels` (label order is not fixed). */
function sample(text: string, metric: string, labels: Record<string, string>): number | null {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${metric}{`)) continue;
    const body = line.slice(metric.length + 1, line.indexOf('}'));
    if (Object.entries(labels).every(([k, v]) => body.includes(`${k}="${v}"`)))
      return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return null;
}

describe('Prometheus metrics', () => {
  it('every service exposes request rates, latency histograms and errors by code; queries adds engine timings', async () => {
    const user = await signUp(stack, 'metrics');
    await stack.gql('{ project(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, user.accessToken);
    await runQuery(stack, user.accessToken, {
      dataSourceId: await demoSourceId(stack, user),
      sql: 'SELECT 1 AS one',
    });

    const gateway = await metricsOf(stack.gatewayUrl);
    expect(
      sample(gateway, 'http_requests_total', {
        service: 'gateway',
        route: '/graphql',
        method: 'POST',
        status: '200',
      }),
    ).toBeGreaterThan(0);
    expect(
      sample(gateway, 'http_request_duration_seconds_count', { service: 'gateway', route: '/graphql' }),
    ).toBeGreaterThan(0);
    expect(
      sample(gateway, 'graphql_errors_total', { service: 'gateway', code: 'NOT_FOUND' }),
    ).toBeGreaterThan(0);

    for (const [service, url] of Object.entries(stack.subgraphUrls)) {
      const text = await metricsOf(url);
      for (const family of [
        'http_requests_total counter',
        'http_request_duration_seconds histogram',
        'graphql_errors_total counter',
      ]) {
        expect(text, service).toContain(`# TYPE ${family}`);
      }
      expect(text, service).toMatch(new RegExp(`process_cpu_user_seconds_total\\{service="${service}"\\}`));
    }
    const queries = await metricsOf(stack.queriesUrl);
    expect(
      sample(queries, 'query_run_duration_seconds_count', { engine: 'DEMO', status: 'SUCCEEDED' }),
    ).toBeGreaterThan(0);
    expect(sample(queries, 'query_runs_active', { service: 'queries' })).toBe(0);
    expect(
      sample(queries, 'query_engine_duration_seconds_count', { engine: 'DEMO', outcome: 'ok' }),
    ).toBeGreaterThan(0);
    expect(sample(queries, 'query_engine_inflight', { engine: 'DEMO' })).toBe(0);
  });

  it('the gateway times each subgraph fetch and, hosting the collab server, reports its connections and documents', async () => {
    const user = await signUp(stack, 'metrics-fetch');
    await stack.gql(
      'query($id: ID!) { project(id: $id) { name dataSources { id } } }',
      { id: user.projectId },
      user.accessToken,
    );
    const gateway = await metricsOf(stack.gatewayUrl);
    for (const subgraph of ['accounts', 'queries']) {
      expect(
        sample(gateway, 'gateway_subgraph_fetch_duration_seconds_count', { subgraph, status: '200' }),
        subgraph,
      ).toBeGreaterThan(0);
    }
    expect(sample(gateway, 'collab_connections', { service: 'gateway' })).toBe(0);
    expect(sample(gateway, 'collab_documents', { service: 'gateway' })).toBe(0);

    // A real y-websocket client on a canvas, through the gateway's /collab.
    const created = await stack.gql<{ createCanvas: { id: string } }>(
      'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
      { i: { projectId: user.projectId, name: 'Metrics' } },
      user.accessToken,
    );
    const clients = liveClients(() => stack);
    clients.connect(created.data!.createCanvas.id, user.accessToken);
    try {
      await expect
        .poll(
          async () => sample(await metricsOf(stack.gatewayUrl), 'collab_connections', { service: 'gateway' }),
          { timeout: 5_000 },
        )
        .toBe(1);
      expect(sample(await metricsOf(stack.gatewayUrl), 'collab_documents', { service: 'gateway' })).toBe(1);
    } finally {
      clients.destroyAll();
    }
    await expect
      .poll(
        async () => sample(await metricsOf(stack.gatewayUrl), 'collab_connections', { service: 'gateway' }),
        { timeout: 5_000 },
      )
      .toBe(0);
  });
});
