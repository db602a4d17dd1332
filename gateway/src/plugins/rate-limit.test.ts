import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Principal } from '@tessera/auth';
import type { GatewayContext } from '../context.ts';
import { createMemoryStore } from '../rate-limit/store.ts';
import { rateLimitPlugin, type RateLimitOptions } from './rate-limit.ts';

const keyA: Principal = {
  kind: 'apiKey',
  apiKeyId: 'kA',
  organizationId: 'o1',
  scopes: ['READ'],
  createdBy: 'u1',
};
const keyB: Principal = {
  kind: 'apiKey',
  apiKeyId: 'kB',
  organizationId: 'o1',
  scopes: ['READ'],
  createdBy: 'u1',
};
const userA: Principal = { kind: 'user', userId: 'uA', sessionId: 's1', memberships: [] };
const userB: Principal = { kind: 'user', userId: 'uB', sessionId: 's2', memberships: [] };

const ME = '{ me { id name } }'; // costs 3

interface Sent {
  headers: HeaderMap;
  extensions: Record<string, unknown> | undefined;
}

/** One request through the plugin's hooks, as Apollo calls them; returns what the client receives. */
async function send(
  plugin: ApolloServerPlugin<GatewayContext>,
  principal: Principal,
  options: { ip?: string; query?: string; operationName?: string; variables?: Record<string, unknown> } = {},
): Promise<Sent> {
  const query = options.query ?? ME;
  const listener = (await plugin.requestDidStart!({} as never))!;
  const contextValue = { identity: { requestId: 'r', principal, ...(options.ip ? { ip: options.ip } : {}) } };
  const response = {
    http: { headers: new HeaderMap() },
    body: {
      kind: 'single' as const,
      singleResult: { data: {}, extensions: { other: 1 } as Record<string, unknown> },
    },
  };
  await listener.didResolveOperation!({
    request: { query, operationName: options.operationName, variables: options.variables },
    document: parse(query),
    contextValue,
  } as never);
  await listener.willSendResponse!({ response } as never);
  return { headers: response.http.headers, extensions: response.body.singleResult.extensions };
}

function plugin(overrides: Partial<RateLimitOptions> = {}) {
  return rateLimitPlugin({
    store: createMemoryStore(60),
    perPrincipal: 9,
    perIp: 100,
    maxCost: 5000,
    ...overrides,
  });
}

/** How many requests pass before the first RATE_LIMITED, and that error. */
async function budget(
  run: () => Promise<unknown>,
  max = 50,
): Promise<{ passed: number; error: Record<string, unknown> }> {
  for (let passed = 0; passed < max; passed += 1) {
    try {
      await run();
    } catch (error) {
      return { passed, error: error as Record<string, unknown> };
    }
  }
  throw new Error(`no rate limit within ${max} requests`);
}

describe('rate limit plugin', () => {
  it('refuses exactly when a key has spent its points, with 429, Retry-After and the cost', async () => {
    const limiter = plugin();
    const { passed, error } = await budget(() => send(limiter, keyA, { ip: '10.0.0.1' }));
    expect(passed).toBe(3);
    expect(error).toMatchObject({
      message: expect.stringMatching(/costs 3 of 9 points per minute\. Retry in \d+ s\./),
      extensions: {
        code: 'RATE_LIMITED',
        cost: { requested: 3, limit: 9, remaining: 0 },
        http: { status: 429 },
      },
    });
    const extensions = error.extensions as { retryAfterSeconds: number; http: { headers: HeaderMap } };
    expect(extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(extensions.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(extensions.http.headers.get('retry-after')).toBe(String(extensions.retryAfterSeconds));
  });

  it('budgets are per key and per user: one principal spending its points does not limit another', async () => {
    const limiter = plugin();
    expect((await budget(() => send(limiter, keyA))).passed).toBe(3);
    expect((await budget(() => send(limiter, keyB))).passed).toBe(3);
    expect((await budget(() => send(limiter, userA))).passed).toBe(3);
    expect((await budget(() => send(limiter, userB))).passed).toBe(3);
  });

  it('a client IP has its own budget, shared by every principal calling from it', async () => {
    const limiter = plugin({ perPrincipal: 1000, perIp: 12 });
    await send(limiter, keyA, { ip: '10.0.0.9' });
    await send(limiter, keyB, { ip: '10.0.0.9' });
    await send(limiter, userA, { ip: '10.0.0.9' });
    await send(limiter, { kind: 'anonymous' }, { ip: '10.0.0.9' });
    await expect(send(limiter, userB, { ip: '10.0.0.9' })).rejects.toMatchObject({
      extensions: { code: 'RATE_LIMITED', cost: { requested: 3, limit: 12, remaining: 0 } },
    });
    await expect(send(limiter, userB, { ip: '10.0.0.10' })).resolves.toBeDefined();
  });

  it('anonymous callers without an IP are not charged', async () => {
    const limiter = plugin({ perPrincipal: 3, perIp: 3 });
    for (let i = 0; i < 5; i += 1) await send(limiter, { kind: 'anonymous' });
  });

  it('reports the tighter of the two budgets in headers and extensions.cost', async () => {
    const limiter = plugin({ perPrincipal: 30, perIp: 10 });
    const first = await send(limiter, keyA, { ip: '10.0.0.2' });
    expect(first.headers.get('x-ratelimit-limit')).toBe('10');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('7');
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(0);
    expect(first.extensions).toEqual({
      other: 1,
      cost: { requested: 3, maximum: 5000, limit: 10, remaining: 7 },
    });

    const other = plugin({ perPrincipal: 10, perIp: 30 });
    const byKey = await send(other, keyA, { ip: '10.0.0.2' });
    expect(byKey.headers.get('x-ratelimit-limit')).toBe('10');
    expect(byKey.extensions).toMatchObject({ cost: { limit: 10, remaining: 7 } });
  });

  it('without any budget to charge, the cost is still reported', async () => {
    const sent = await send(plugin(), { kind: 'anonymous' });
    expect(sent.headers.get('x-ratelimit-limit')).toBeUndefined();
    expect(sent.extensions).toEqual({ other: 1, cost: { requested: 3, maximum: 5000 } });
  });

  it('refuses an operation above the cost limit before charging anything', async () => {
    const limiter = plugin({ maxCost: 20, perPrincipal: 1000 });
    const query = 'query($n: Int) { comments(canvasId: "c", first: $n) { edges { node { id } } } }';
    await expect(send(limiter, keyA, { query, variables: { n: 7 } })).rejects.toMatchObject({
      message: 'Query cost limit of 20 exceeded, found 22.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    await expect(send(limiter, keyA, { query, variables: { n: 6 } })).resolves.toMatchObject({
      extensions: { cost: { requested: 19, limit: 1000, remaining: 981 } },
    });
  });

  it('prices the operation named by operationName', async () => {
    const limiter = plugin({ perPrincipal: 1000 });
    const query = 'query Small { me { id } } query Big { me { id name email } }';
    await expect(send(limiter, keyA, { query, operationName: 'Big' })).resolves.toMatchObject({
      extensions: { cost: { requested: 4 } },
    });
    await expect(send(limiter, keyA, { query, operationName: 'Small' })).resolves.toMatchObject({
      extensions: { cost: { requested: 2 } },
    });
  });

  it('a page size out of range is the client’s error, naming the field', async () => {
    const query = '{ comments(canvasId: "c", first: 500) { edges { cursor } } }';
    await expect(send(plugin(), keyA, { query })).rejects.toMatchObject({
      message: expect.stringMatching(/between 0 and 100/),
      extensions: { code: 'BAD_USER_INPUT', field: 'comments' },
    });
  });
  it('an operation costing exactly the maximum runs', async () => {
    const limiter = plugin({ maxCost: 3, perPrincipal: 1000 });
    await expect(send(limiter, keyA)).resolves.toMatchObject({
      extensions: { cost: { requested: 3, maximum: 3 } },
    });
  });

  it('reports the points left when the refused operation costs more than remains', async () => {
    const limiter = plugin({ perPrincipal: 10 });
    expect((await budget(() => send(limiter, keyA))).error).toMatchObject({
      extensions: { cost: { requested: 3, limit: 10, remaining: 1 } },
    });
  });

  it('picks the budget with fewer points left, whatever the limits', async () => {
    // The IP is shared with anonymous callers who spent 18 of its 30 points.
    const limiter = plugin({ perPrincipal: 10, perIp: 30 });
    for (let i = 0; i < 6; i += 1) await send(limiter, { kind: 'anonymous' }, { ip: '10.0.0.3' });
    const mine = await send(limiter, keyA, { ip: '10.0.0.3' });
    expect([mine.headers.get('x-ratelimit-limit'), mine.headers.get('x-ratelimit-remaining')]).toEqual([
      '10',
      '7',
    ]);
    // Spent further, the IP becomes the tighter budget.
    await send(limiter, { kind: 'anonymous' }, { ip: '10.0.0.3' });
    const later = await send(limiter, keyB, { ip: '10.0.0.3' });
    expect([later.headers.get('x-ratelimit-limit'), later.headers.get('x-ratelimit-remaining')]).toEqual([
      '30',
      '3',
    ]);
    // Equal points left: the principal's budget is reported.
    const even = plugin({ perPrincipal: 10, perIp: 13 });
    await send(even, userB, { ip: '10.0.0.4' });
    const tie = await send(even, keyA, { ip: '10.0.0.4' });
    expect([tie.headers.get('x-ratelimit-limit'), tie.headers.get('x-ratelimit-remaining')]).toEqual([
      '10',
      '7',
    ]);
  });

  it('adds no cost extension to operations that cost nothing', async () => {
    const sent = await send(plugin(), keyA, { query: '{ __typename }' });
    expect(sent.extensions).toEqual({ other: 1 });
  });
});
