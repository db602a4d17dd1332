import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCanvasStore, type CanvasStore } from '@tessera/canvases/live';
import { CloseCode, createCollabAuthorize, type Authorize } from '@tessera/collab-server';
import { freePort, TEST_SECRETS } from '@tessera/testing';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { startStack, type Stack } from '../support/stack.ts';

// Who may open a canvas room, against the real accounts service and canvas store of the test stack.
let stack: Stack;
let store: CanvasStore;
let authorize: Authorize;
let owner: SignedUpUser;
let viewer: SignedUpUser;
let outsider: SignedUpUser;
let canvasId: string;
let otherCanvasId: string;

const createCanvas = async (name: string) =>
  (
    await stack.gql<{ createCanvas: { id: string } }>(
      'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
      { i: { projectId: owner.projectId, name } },
      owner.accessToken,
    )
  ).data!.createCanvas.id;
const shareLink = async (id: string, expiresInSeconds?: number) => {
  const result = await stack.gql<{ createShareLink: { id: string; token: string } }>(
    'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { id token } }',
    { i: { canvasId: id, ...(expiresInSeconds ? { expiresInSeconds } : {}) } },
    owner.accessToken,
  );
  if (!result.data) throw new Error(`createShareLink failed: ${JSON.stringify(result.errors)}`);
  return result.data.createShareLink;
};

beforeAll(async () => {
  stack = await startStack();
  store = await openCanvasStore({ mongodbUrl: stack.mongodbUrl });
  authorize = createCollabAuthorize({
    accountsUrl: stack.accountsUrl,
    internalSecret: TEST_SECRETS.INTERNAL_SECRET,
    store,
  });
  owner = await signUp(stack, 'ca-owner');
  viewer = await signUp(stack, 'ca-viewer');
  outsider = await signUp(stack, 'ca-outsider');
  const invited = await stack.gql(
    'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { status } }',
    { i: { organizationId: owner.organizationId, email: viewer.email, role: 'VIEWER' } },
    owner.accessToken,
  );
  expect(invited.data).toEqual({ inviteMember: { status: 'ACTIVE' } });
  canvasId = await createCanvas('Authorized');
  otherCanvasId = await createCanvas('Other');
}, 180_000);
afterAll(async () => {
  await store?.close();
  await stack?.stop();
});

describe('collab authorization (createCollabAuthorize)', () => {
  it('a member with EDITOR or above writes, under their display name', async () => {
    expect(await authorize({ token: owner.accessToken, canvasId })).toEqual({
      ok: true,
      user: { id: owner.userId, name: 'Name ca-owner' },
      access: 'read-write',
    });
  });

  it('a VIEWER reads only', async () => {
    expect(await authorize({ token: viewer.accessToken, canvasId })).toEqual({
      ok: true,
      user: { id: viewer.userId, name: 'Name ca-viewer' },
      access: 'read-only',
    });
  });

  it("another organization's canvas, a missing canvas and a malformed id are all unknown (4404)", async () => {
    for (const [token, id] of [
      [outsider.accessToken, canvasId],
      [owner.accessToken, '00000000-0000-4000-8000-000000000000'],
      [owner.accessToken, 'not-a-uuid'],
    ] as const) {
      expect(await authorize({ token, canvasId: id })).toMatchObject({
        ok: false,
        code: CloseCode.UnknownCanvas,
      });
    }
  });

  it('a bad or signed-out token must sign in again (4401)', async () => {
    expect(await authorize({ token: 'not-a-token', canvasId })).toMatchObject({
      ok: false,
      code: CloseCode.Unauthenticated,
    });
    const session = await signUp(stack, 'ca-leaver');
    await stack.gql('mutation { logOut }', {}, session.accessToken);
    expect(await authorize({ token: session.accessToken, canvasId })).toMatchObject({
      ok: false,
      code: CloseCode.Unauthenticated,
    });
  });

  it('an API key cannot edit live (4403)', async () => {
    const key = await stack.gql<{ createApiKey: { secret: string } }>(
      'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
      { i: { organizationId: owner.organizationId, name: 'live', scopes: ['READ', 'WRITE'] } },
      owner.accessToken,
    );
    expect(await authorize({ token: key.data!.createApiKey.secret, canvasId })).toMatchObject({
      ok: false,
      code: CloseCode.Forbidden,
    });
  });

  it('a share token never opens the live document (4403): valid, for another canvas, revoked or tampered', async () => {
    const refused = {
      ok: false,
      code: CloseCode.Forbidden,
      reason: 'Links show the published canvas, not the live document',
    };
    const link = await shareLink(canvasId);
    expect(await authorize({ token: link.token, canvasId })).toEqual(refused);
    expect(await authorize({ token: link.token, canvasId: otherCanvasId })).toEqual(refused);
    expect(
      await stack.gql('mutation($id: ID!) { revokeShareLink(id: $id) }', { id: link.id }, owner.accessToken),
    ).toMatchObject({ data: { revokeShareLink: true } });
    expect(await authorize({ token: link.token, canvasId })).toEqual(refused);
    const [header, payload, signature] = (await shareLink(canvasId, 60)).token.split('.') as [
      string,
      string,
      string,
    ];
    const flipped = `${signature.slice(0, -2)}${signature.at(-2) === 'A' ? 'B' : 'A'}${signature.at(-1)}`;
    expect(await authorize({ token: `${header}.${payload}.${flipped}`, canvasId })).toEqual(refused);
  });

  it('accounts being unreachable is an error, not a sign-out; share tokens are refused without accounts', async () => {
    const unreachable = createCollabAuthorize({
      accountsUrl: `http://127.0.0.1:${await freePort()}/graphql`,
      internalSecret: TEST_SECRETS.INTERNAL_SECRET,
      store,
    });
    await expect(unreachable({ token: owner.accessToken, canvasId })).rejects.toThrow();
    const link = await shareLink(canvasId);
    expect(await unreachable({ token: link.token, canvasId })).toMatchObject({
      ok: false,
      code: CloseCode.Forbidden,
    });
  });

  it('a wrong internal secret is refused by accounts and surfaces as an error', async () => {
    const wrongSecret = createCollabAuthorize({
      accountsUrl: stack.accountsUrl,
      internalSecret: 'not-the-secret-0123456789abcdef0123456789',
      store,
    });
    await expect(wrongSecret({ token: owner.accessToken, canvasId })).rejects.toThrow(/401/);
  });
});
