import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../support/accounts.ts';
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
    if (Object.entries(labels).every(([k, v]) => body.includes(`${k}="${v}"`))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return null;
}

describe('Prometheus metrics', () => {
  it('every service exposes request rates, latency histograms and errors by code; queries adds engine timings', async () => {
    const user = await signUp(stack, 'metrics');
    await stack.gql('{ project(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, user.accessToken);
    await runQuery(stack, user.accessToken, { dataSourceId: await demoSourceId(stack, user), sql: 'SELECT 1 AS one' });

    const gateway = await metricsOf(stack.gatewayUrl);
    expect(sample(gateway, 'http_requests_total', { service: 'gateway', route: '/graphql', method: 'POST', status: '200' })).toBeGreaterThan(0);
    expect(sample(gateway, 'http_request_duration_seconds_count', { service: 'gateway', route: '/graphql' })).toBeGreaterThan(0);
    expect(sample(gateway, 'graphql_errors_total', { service: 'gateway', code: 'NOT_FOUND' })).toBeGreaterThan(0);

    for (const url of [stack.accountsUrl, stack.queriesUrl]) expect(await metricsOf(url)).toMatch(/http_requests_total\{/);
    const queries = await metricsOf(stack.queriesUrl);
    expect(sample(queries, 'query_run_duration_seconds_count', { engine: 'DEMO', status: 'SUCCEEDED' })).toBeGreaterThan(0);
    expect(sample(queries, 'query_runs_active', { service: 'queries' })).toBe(0);
  });
});
