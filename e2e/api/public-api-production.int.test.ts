import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { redisAvailable } from '@tessera/testing';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { startStack, type Stack } from '../support/stack.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// On CI (CI=true) an absent Redis fails this file instead of skipping the shared-budget tests.
const redisUp = await redisAvailable(REDIS_URL);

let stack: Stack;
let owner: SignedUpUser;
beforeAll(async () => {
  stack = await startStack(
    {},
    {
      gateway: {
        NODE_ENV: 'production',
        RATE_LIMIT_POINTS_PER_MINUTE: '40',
        RATE_LIMIT_WINDOW_SECONDS: '3',
        TRUST_PROXY: 'true',
      },
    },
  );
  owner = await signUp(stack, 'prod');
}, 180_000);
afterAll(() => stack.stop());

const INTROSPECTION = '{ __schema { queryType { name } } }';
const QUERY = '{ me { id name email } }'; // cost 4

/** A client address no other test (or concurrent run sharing Redis) uses; gateways here trust X-Forwarded-For. */
const freshIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

interface Hit {
  status: number;
  code: string | undefined;
  remaining: string | null;
  limit: number | undefined;
}

async function hit(url: string, token: string, ip: string): Promise<Hit> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-forwarded-for': ip },
    body: JSON.stringify({ query: QUERY }),
  });
  const body = (await response.json()) as {
    errors?: { extensions?: { code?: string; cost?: { limit?: number } } }[];
  };
  const error = body.errors?.[0]?.extensions;
  return {
    status: response.status,
    code: error?.code,
    remaining: response.headers.get('x-ratelimit-remaining'),
    limit: error?.cost?.limit,
  };
}

async function apiKey(name: string): Promise<string> {
  const key = await stack.gql<{ createApiKey: { secret: string } }>(
    'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
    { i: { organizationId: owner.organizationId, name, scopes: ['READ'] } },
    owner.accessToken,
  );
  if (!key.data) throw new Error(`createApiKey failed: ${JSON.stringify(key.errors)}`);
  return key.data.createApiKey.secret;
}

/**
 * Budgets are fixed windows aligned to the clock: make sure the burst that follows cannot straddle
 * a window boundary (with hour-long windows this almost never waits).
 */
async function awayFromWindowEdge(windowSeconds: number, needSeconds = 60) {
  const left = () => windowSeconds - (Math.floor(Date.now() / 1000) % windowSeconds);
  if (left() < needSeconds)
    await vi.waitUntil(() => left() >= needSeconds, { timeout: (needSeconds + 5) * 1000, interval: 250 });
}

/** Exact budgets: 40 points per key (10 requests of cost 4), 60 per IP (15), in hour-long windows. */
const EXACT = {
  RATE_LIMIT_POINTS_PER_MINUTE: '40',
  RATE_LIMIT_IP_POINTS_PER_MINUTE: '60',
  RATE_LIMIT_WINDOW_SECONDS: '3600',
  TRUST_PROXY: 'true',
};
const allowed = (h: Hit) => h.status === 200 && h.code !== 'RATE_LIMITED';
const refused = (h: Hit) => h.status === 429 && h.code === 'RATE_LIMITED';

describe('production gateway', () => {
  it('offers introspection to API keys with READ only, and no field suggestions', async () => {
    expect((await stack.gql(INTROSPECTION)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.gql(INTROSPECTION, {}, owner.accessToken)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const partner = await stack.gql<{ __schema: { queryType: { name: string } } }>(
      INTROSPECTION,
      {},
      await apiKey('docs'),
    );
    expect(partner.data?.__schema.queryType.name).toBe('Query');
    const typo = await stack.gql('{ me { nmae } }', {}, owner.accessToken);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('rate limiting engages with 429 and Retry-After, reports cost, and recovers', async () => {
    const user = await signUp(stack, 'ratelimited');
    const ip = freshIp();
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${user.accessToken}`,
      'x-forwarded-for': ip,
    };
    const post = () =>
      fetch(stack.gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query: QUERY }) });
    const first = await post();
    const body = (await first.json()) as { extensions?: { cost?: { requested: number } } };
    expect(body.extensions?.cost?.requested).toBe(4);
    expect(first.headers.get('x-ratelimit-limit')).toBe('40');
    let limited: Response | null = null;
    for (let i = 0; i < 20 && !limited; i++) {
      const response = await post();
      if (response.status === 429) limited = response;
    }
    expect(limited).not.toBeNull();
    const retryAfter = Number(limited!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    const error = ((await limited!.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!;
    expect(error.extensions.code).toBe('RATE_LIMITED');
    // Refused requests spend nothing, so asking until the window turns shows the recovery.
    await expect
      .poll(async () => (await post()).status, { timeout: (retryAfter + 5) * 1000, interval: 250 })
      .toBe(200);
    const recovered = await stack.gql(QUERY, {}, user.accessToken);
    expect(recovered.status).toBe(200);
    expect(recovered.errors).toBeUndefined();
  });
});

describe('rate limit budgets are exact: request N+1 of an N-request budget is the first 429', () => {
  const stores: [string, Record<string, string>][] = [['in-process counters', {}]];
  if (redisUp) stores.push(['Redis counters', { REDIS_URL }]);

  describe.each(stores)('%s', (_label, store) => {
    let gateway: { url: string; stop(): Promise<void> };
    beforeAll(async () => {
      gateway = await stack.startReplica({ ...EXACT, ...store });
    }, 120_000);
    afterAll(() => gateway?.stop());

    it('per API key: 10 requests of cost 4 pass a 40-point budget, the 11th is refused, whatever the IP', async () => {
      const [key, other] = [await apiKey('exact-a'), await apiKey('exact-b')];
      await awayFromWindowEdge(3600);
      const ip = freshIp();
      for (let n = 1; n <= 10; n++) {
        const result = await hit(gateway.url, key, ip);
        expect(allowed(result), `request ${n} of 10 must pass: ${JSON.stringify(result)}`).toBe(true);
        expect(result.remaining, `remaining after request ${n}`).toBe(String(40 - 4 * n));
      }
      const eleventh = await hit(gateway.url, key, ip);
      expect(refused(eleventh), `request 11 must be refused: ${JSON.stringify(eleventh)}`).toBe(true);
      expect(eleventh.limit).toBe(40);
      // The key's budget follows the key to another address; another key from the same address is unaffected.
      expect(refused(await hit(gateway.url, key, freshIp()))).toBe(true);
      expect(allowed(await hit(gateway.url, other, ip))).toBe(true);
    });

    it('per IP: 15 requests of cost 4 from one address pass a 60-point budget, the 16th is refused, whichever key', async () => {
      const keys = [await apiKey('ip-a'), await apiKey('ip-b')];
      await awayFromWindowEdge(3600);
      const ip = freshIp();
      for (let n = 1; n <= 15; n++) {
        const result = await hit(gateway.url, keys[n % 2]!, ip); // 8 and 7 requests: each key stays under its 40 points
        expect(allowed(result), `request ${n} of 15 must pass: ${JSON.stringify(result)}`).toBe(true);
      }
      const sixteenth = await hit(gateway.url, keys[0]!, ip);
      expect(refused(sixteenth), `request 16 must be refused: ${JSON.stringify(sixteenth)}`).toBe(true);
      expect(sixteenth.limit).toBe(60);
      expect(refused(await hit(gateway.url, keys[1]!, ip))).toBe(true);
      // The same keys from another address still have budget.
      expect(allowed(await hit(gateway.url, keys[1]!, freshIp()))).toBe(true);
    });
  });

  describe.runIf(redisUp)('two gateways sharing Redis', () => {
    let a: { url: string; stop(): Promise<void> };
    let b: { url: string; stop(): Promise<void> };
    beforeAll(async () => {
      a = await stack.startReplica({ ...EXACT, REDIS_URL });
      b = await stack.startReplica({ ...EXACT, REDIS_URL });
    }, 120_000);
    afterAll(async () => {
      await a?.stop();
      await b?.stop();
    });

    it('hold one budget: 10 requests alternating between them pass, the 11th is refused by either', async () => {
      const key = await apiKey('shared');
      await awayFromWindowEdge(3600);
      for (let n = 1; n <= 10; n++) {
        const result = await hit(n % 2 ? a.url : b.url, key, freshIp());
        expect(allowed(result), `request ${n} of 10 must pass: ${JSON.stringify(result)}`).toBe(true);
        expect(result.remaining, `remaining after request ${n}`).toBe(String(40 - 4 * n));
      }
      const eleventh = await hit(a.url, key, freshIp());
      expect(refused(eleventh), `request 11 must be refused: ${JSON.stringify(eleventh)}`).toBe(true);
      expect(eleventh.limit).toBe(40);
      expect(refused(await hit(b.url, key, freshIp()))).toBe(true);
    });
  });
});
