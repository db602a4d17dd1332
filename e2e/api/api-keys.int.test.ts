import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { errorCode, startStack, type Stack } from '../support/stack.ts';

const CREATE_KEY =
  'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix scopes } } }';
const ORG = 'query($id: ID!) { organization(id: $id) { id name projects { id } } }';
const CREATE_PROJECT = 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }';

let stack: Stack;
let owner: SignedUpUser;
beforeAll(async () => {
  stack = await startStack();
  owner = await signUp(stack, 'keys');
});
afterAll(() => stack.stop());

async function createKey(scopes: string[]) {
  const result = await stack.gql<{
    createApiKey: { secret: string; apiKey: { id: string; prefix: string; scopes: string[] } };
  }>(
    CREATE_KEY,
    { input: { organizationId: owner.organizationId, name: `key ${scopes.join('+')}`, scopes } },
    owner.accessToken,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createApiKey;
}

describe('API keys', () => {
  it('shows the secret once, with a recognisable prefix, and lists only the prefix', async () => {
    const key = await createKey(['READ']);
    expect(key.secret.startsWith(key.apiKey.prefix)).toBe(true);
    expect(key.apiKey.prefix).toMatch(/^tsr_/);
    const listed = await stack.gql<{ organization: { apiKeys: Record<string, unknown>[] } }>(
      'query($id: ID!) { organization(id: $id) { apiKeys { id prefix scopes } } }',
      { id: owner.organizationId },
      owner.accessToken,
    );
    expect(JSON.stringify(listed.data)).not.toContain(key.secret);
    expect(listed.data?.organization.apiKeys.map((k) => k.id)).toContain(key.apiKey.id);
  });

  it('works only within its scopes', async () => {
    const readOnly = await createKey(['READ']);
    const read = await stack.gql(ORG, { id: owner.organizationId }, readOnly.secret);
    expect(read.errors).toBeUndefined();
    const write = await stack.gql(
      CREATE_PROJECT,
      { input: { organizationId: owner.organizationId, name: 'by key' } },
      readOnly.secret,
    );
    expect(errorCode(write)).toBe('FORBIDDEN');

    const writer = await createKey(['READ', 'WRITE']);
    const created = await stack.gql(
      CREATE_PROJECT,
      { input: { organizationId: owner.organizationId, name: 'by key' } },
      writer.secret,
    );
    expect(created.errors).toBeUndefined();

    const writeOnly = await createKey(['WRITE']);
    expect(errorCode(await stack.gql(ORG, { id: owner.organizationId }, writeOnly.secret))).toBe('FORBIDDEN');
  });

  it('never reaches another organization', async () => {
    const key = await createKey(['READ']);
    const other = await signUp(stack, 'other-org');
    const result = await stack.gql(ORG, { id: other.organizationId }, key.secret);
    expect(errorCode(result)).toBe('NOT_FOUND');
  });

  it('works until revoked, then is refused', async () => {
    const key = await createKey(['READ']);
    expect((await stack.gql(ORG, { id: owner.organizationId }, key.secret)).errors).toBeUndefined();
    const revoked = await stack.gql(
      'mutation($id: ID!) { revokeApiKey(id: $id) }',
      { id: key.apiKey.id },
      owner.accessToken,
    );
    expect(revoked.data).toEqual({ revokeApiKey: true });
    const after = await stack.gql(ORG, { id: owner.organizationId }, key.secret);
    expect(after.status).toBe(401);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
  });

  it('refuses a key with a bad checksum without a lookup, and keys cannot manage keys', async () => {
    const key = await createKey(['READ', 'WRITE']);
    const broken = key.secret.slice(0, -1) + (key.secret.endsWith('a') ? 'b' : 'a');
    expect(errorCode(await stack.gql(ORG, { id: owner.organizationId }, broken))).toBe('UNAUTHENTICATED');
    const byKey = await stack.gql(
      CREATE_KEY,
      { input: { organizationId: owner.organizationId, name: 'x', scopes: ['READ'] } },
      key.secret,
    );
    expect(errorCode(byKey)).toBe('FORBIDDEN');
  });
});
