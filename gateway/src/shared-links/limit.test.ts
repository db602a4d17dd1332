import { HeaderMap } from '@apollo/server';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../rate-limit/store.ts';
import { serveRoutes, type RouteServer } from '../testing/serve-routes.ts';
import {
  createSharedLinkLimiter,
  sharedFieldCount,
  sharedLinkLimitPlugin,
  sharedPathLimitRoute,
} from './limit.ts';

const SHARED = 'query($t: String!) { sharedCanvas(token: $t) { id } }';

/** One operation through the plugin's hook, as Apollo calls it. */
async function send(plugin: ReturnType<typeof sharedLinkLimitPlugin>, query: string, ip?: string) {
  const listener = (await plugin.requestDidStart!({} as never))!;
  await listener.didResolveOperation!({
    request: { query },
    document: parse(query),
    contextValue: { identity: { requestId: 'r', principal: { kind: 'anonymous' }, ...(ip ? { ip } : {}) } },
  } as never);
}

async function passedBeforeLimit(run: () => Promise<unknown>, max = 50) {
  for (let passed = 0; passed < max; passed += 1) {
    try {
      await run();
    } catch (error) {
      return { passed, error: error as { extensions: Record<string, unknown> } };
    }
  }
  throw new Error(`no limit within ${max}`);
}

describe('shared-link fields', () => {
  it('counts sharedCanvas and runSharedBlock at the root, aliases and fragments included', () => {
    expect(sharedFieldCount(parse(SHARED), null)).toBe(1);
    expect(sharedFieldCount(parse('{ me { id } }'), null)).toBe(0);
    expect(
      sharedFieldCount(
        parse(`query Q { a: runSharedBlock(token: "t", blockId: "1") b: runSharedBlock(token: "t", blockId: "2")
          ...F ... on Query { sharedCanvas(token: "t") { id } } }
          fragment F on Query { sharedCanvas(token: "t") { id } }`),
        'Q',
      ),
    ).toBe(4);
    expect(sharedFieldCount(parse('mutation { revokeShareLink(id: "x") }'), null)).toBe(0);
  });

  it('counts each operation of one document by its name, again from memory', () => {
    const document =
      parse(`query Shared { sharedCanvas(token: "t") { id } x: sharedCanvas(token: "u") { id } }
      query Mine { me { id } }`);
    for (let i = 0; i < 2; i++) {
      expect(sharedFieldCount(document, 'Shared')).toBe(2);
      expect(sharedFieldCount(document, 'Mine')).toBe(0);
    }
  });
});

describe('the shared-link limit per client IP', () => {
  it('refuses the IP over budget with RATE_LIMITED, 429 and a retry hint; other IPs and other fields pass', async () => {
    const limiter = createSharedLinkLimiter({ store: createMemoryStore(60), perMinute: 5 });
    const plugin = sharedLinkLimitPlugin(limiter);
    const { passed, error } = await passedBeforeLimit(() => send(plugin, SHARED, '203.0.113.7'));
    expect(passed).toBe(5);
    expect(error.extensions.code).toBe('RATE_LIMITED');
    const retry = error.extensions.retryAfterSeconds as number;
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(60);
    const http = error.extensions.http as { status: number; headers: HeaderMap };
    expect(http.status).toBe(429);
    expect(http.headers.get('retry-after')).toBe(String(retry));
    // Another address has its own budget; operations without shared fields are not charged.
    await send(plugin, SHARED, '203.0.113.8');
    await send(plugin, '{ me { id } }', '203.0.113.7');
  });

  it('charges every shared field of one operation', async () => {
    const plugin = sharedLinkLimitPlugin(
      createSharedLinkLimiter({ store: createMemoryStore(60), perMinute: 3 }),
    );
    const two = '{ a: sharedCanvas(token: "t") { id } b: sharedCanvas(token: "t") { id } }';
    await send(plugin, two, '198.51.100.1');
    await expect(send(plugin, two, '198.51.100.1')).rejects.toMatchObject({
      extensions: { code: 'RATE_LIMITED' },
    });
  });

  describe('on /embed/<token> and /s/<code>', () => {
    let server: RouteServer;
    beforeAll(async () => {
      const limiter = createSharedLinkLimiter({ store: createMemoryStore(60), perMinute: 3 });
      server = await serveRoutes([
        sharedPathLimitRoute(limiter, (req) => String(req.headers['x-test-ip'] ?? '')),
        (_req, res) => {
          res.writeHead(200).end('served');
          return true;
        },
      ]);
    });
    afterAll(() => server.close());
    const get = (path: string, ip: string, accept = 'text/html') =>
      fetch(server.url(path), { headers: { 'x-test-ip': ip, accept }, redirect: 'manual' });

    it('lets the budget through, then answers a 429 page with Retry-After (JSON for non-browsers)', async () => {
      expect((await get('/embed/a.b.c', '192.0.2.1')).status).toBe(200);
      expect((await get('/s/Abcdefghij12', '192.0.2.1')).status).toBe(200);
      expect((await get('/embed/a.b.c?block=x', '192.0.2.1')).status).toBe(200);
      const page = await get('/embed/a.b.c', '192.0.2.1');
      expect(page.status).toBe(429);
      expect(Number(page.headers.get('retry-after'))).toBeGreaterThan(0);
      const html = await page.text();
      expect(html).toContain('Too many');
      expect(html).not.toContain('<div id="root">');
      const json = await get('/s/Abcdefghij12', '192.0.2.1', 'application/json');
      expect(json.status).toBe(429);
      expect(await json.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
      // Other paths and other addresses are not limited by it.
      expect((await get('/assets/x.js', '192.0.2.1')).status).toBe(200);
      expect((await get('/canvas/42', '192.0.2.1')).status).toBe(200);
      expect((await get('/embed/a.b.c', '192.0.2.2')).status).toBe(200);
    });
  });
});
