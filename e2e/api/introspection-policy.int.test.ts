import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { errorCode, startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
let owner: SignedUpUser;
let partnerKey: string;
beforeAll(async () => {
  stack = await startStack({}, { gateway: { NODE_ENV: 'production' } });
  owner = await signUp(stack, 'introspection');
  const key = await stack.gql<{ createApiKey: { secret: string } }>(
    'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
    { i: { organizationId: owner.organizationId, name: 'docs', scopes: ['READ'] } },
    owner.accessToken,
  );
  partnerKey = key.data!.createApiKey.secret;
}, 180_000);
afterAll(() => stack.stop());

/** Every way to reach __schema / __type: top level, a named fragment on Query, an inline fragment, nested fragments. */
const FORMS: Record<string, string> = {
  'top-level field': '{ __schema { queryType { name } } }',
  'named fragment spread': 'query { ...Q } fragment Q on Query { __schema { queryType { name } } }',
  'inline fragment': 'query { ... on Query { __schema { queryType { name } } } }',
  'inline fragment without a type condition': 'query { ... { __type(name: "Query") { name } } }',
  'fragment inside a fragment':
    'query { ...A } fragment A on Query { ...B } fragment B on Query { __type(name: "Query") { name } }',
  'aliased field in an inline fragment': 'query { ... on Query { s: __schema { types { name } } } }',
};

describe('production introspection policy', () => {
  it.each(Object.entries(FORMS))('refuses %s to browser sessions and anonymous callers', async (_, query) => {
    const anonymous = await stack.gql(query);
    expect(errorCode(anonymous)).toBe('FORBIDDEN');
    expect(anonymous.data ?? null).toBeNull();
    const session = await stack.gql(query, {}, owner.accessToken);
    expect(errorCode(session)).toBe('FORBIDDEN');
    expect(JSON.stringify(session)).not.toContain('queryType');
  });

  it.each(Object.entries(FORMS))('answers %s to an API key with READ', async (_, query) => {
    const partner = await stack.gql(query, {}, partnerKey);
    expect(partner.errors).toBeUndefined();
    expect(JSON.stringify(partner.data)).toContain('Query');
  });

  it('does not treat __typename as introspection', async () => {
    const result = await stack.gql<{ __typename: string }>(
      'query { ... on Query { __typename } }',
      {},
      owner.accessToken,
    );
    expect(result.data?.__typename).toBe('Query');
  });
});
