import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
let owner: SignedUpUser;
beforeAll(async () => {
  stack = await startStack({}, { gateway: { NODE_ENV: 'production', RATE_LIMIT_POINTS_PER_MINUTE: '40', RATE_LIMIT_WINDOW_SECONDS: '3' } });
  owner = await signUp(stack, 'prod');
}, 180_000);
afterAll(() => stack.stop());

const INTROSPECTION = '{ __schema { queryType { name } } }';

describe('production gateway', () => {
  it('offers introspection to API keys with READ only, and no field suggestions', async () => {
    expect((await stack.gql(INTROSPECTION)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.gql(INTROSPECTION, {}, owner.accessToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const key = await stack.gql<{ createApiKey: { secret: string } }>(
      'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
      { i: { organizationId: owner.organizationId, name: 'docs', scopes: ['READ'] } },
      owner.accessToken,
    );
    const partner = await stack.gql<{ __schema: { queryType: { name: string } } }>(INTROSPECTION, {}, key.data!.createApiKey.secret);
    expect(partner.data?.__schema.queryType.name).toBe('Query');
    const typo = await stack.gql('{ me { nmae } }', {}, owner.accessToken);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('rate limiting engages with 429 and Retry-After, reports cost, and recovers', async () => {
    const user = await signUp(stack, 'ratelimited');
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // a fresh window
    const query = '{ me { id name email } }'; // cost 4
    const first = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${user.accessToken}` }, body: JSON.stringify({ query }) });
    const body = (await first.json()) as { extensions?: { cost?: { requested: number } } };
    expect(body.extensions?.cost?.requested).toBe(4);
    expect(first.headers.get('x-ratelimit-limit')).toBe('40');
    let limited: Response | null = null;
    for (let i = 0; i < 20 && !limited; i++) {
      const response = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${user.accessToken}` }, body: JSON.stringify({ query }) });
      if (response.status === 429) limited = response;
    }
    expect(limited).not.toBeNull();
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    const error = ((await limited!.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!;
    expect(error.extensions.code).toBe('RATE_LIMITED');
    await new Promise((resolve) => setTimeout(resolve, Number(limited!.headers.get('retry-after')) * 1000 + 200));
    const recovered = await stack.gql(query, {}, user.accessToken);
    expect(recovered.status).toBe(200);
    expect(recovered.errors).toBeUndefined();
  });
});
