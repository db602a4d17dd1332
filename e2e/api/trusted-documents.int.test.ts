import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_UP, signUp, type SignedUpUser } from '../support/accounts.ts';
import { startStack, type Stack } from '../support/stack.ts';

const ME = 'query Me { me { id email } }';
const hash = createHash('sha256').update(ME).digest('hex');
let stack: Stack;
let user: SignedUpUser;
let apiKey: string;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tessera-trusted-'));
  const manifest = path.join(dir, 'persisted-documents.json');
  const signUpDoc = SIGN_UP;
  const keyDoc = 'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }';
  const sha = (d: string) => createHash('sha256').update(d).digest('hex');
  await writeFile(
    manifest,
    JSON.stringify({ [hash]: ME, [sha(signUpDoc)]: signUpDoc, [sha(keyDoc)]: keyDoc }),
  );
  stack = await startStack(
    {},
    { gateway: { TRUSTED_DOCUMENTS_PATH: manifest, TRUSTED_DOCUMENTS_ONLY: 'true' } },
  );
  user = await signUp(stack, 'trusted');
  apiKey = (
    await stack.gql<{ createApiKey: { secret: string } }>(
      keyDoc,
      { i: { organizationId: user.organizationId, name: 'p', scopes: ['READ'] } },
      user.accessToken,
    )
  ).data!.createApiKey.secret;
}, 180_000);
afterAll(() => stack.stop());

async function post(body: unknown, token: string) {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] },
  };
}

describe('trusted documents (production switch on)', () => {
  it('lets a browser session run manifest documents by id or by text, and nothing else', async () => {
    expect((await post({ documentId: `sha256:${hash}` }, user.accessToken)).body.data).toEqual({
      me: { id: user.userId, email: user.email },
    });
    expect((await post({ query: ME }, user.accessToken)).body.data).toBeTruthy();
    const other = await post({ query: '{ me { id name } }' }, user.accessToken);
    expect(other.status).toBe(403);
    expect(other.body.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'TRUSTED_DOCUMENT_REQUIRED',
    });
    expect(
      (await post({ documentId: 'sha256:unknown' }, user.accessToken)).body.errors?.[0]?.extensions?.reason,
    ).toBe('TRUSTED_DOCUMENT_NOT_FOUND');
    // The web client sends its own printing of the document plus the build-time hash.
    const web = await post(
      {
        query: 'query Me {\n  me {\n    id\n    email\n  }\n}',
        extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
      },
      user.accessToken,
    );
    expect(web.body).toMatchObject({ data: { me: { id: user.userId, email: user.email } } });
    expect(web.body.errors).toBeUndefined();
  });

  it('lets an API key send any document within the limits', async () => {
    const partner = await post(
      { query: '{ organization(id: "' + user.organizationId + '") { id name } }' },
      apiKey,
    );
    expect(partner.status).toBe(200);
    expect(partner.body.errors).toBeUndefined();
  });
});
