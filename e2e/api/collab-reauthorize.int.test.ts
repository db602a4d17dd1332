import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addBlock, blocksOf } from '@tessera/canvas-model';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { liveClients, synced } from '../support/collab.ts';
import { startStack, type Stack } from '../support/stack.ts';

// Live connections are authorized again every COLLAB_REAUTHORIZE_MS (1 s here): through the real
// gateway, accounts and canvas store (collab-server's platform authorizer), not a stand-in authorize.
let stack: Stack;
let owner: SignedUpUser;
let member: SignedUpUser;
let canvasId: string;

beforeAll(async () => {
  stack = await startStack({}, { collab: { COLLAB_REAUTHORIZE_MS: '1000' } });
  owner = await signUp(stack, 'reauth-owner');
  member = await signUp(stack, 'reauth-member');
  const invited = await stack.gql(
    'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { status } }',
    { input: { organizationId: owner.organizationId, email: member.email, role: 'EDITOR' } },
    owner.accessToken,
  );
  expect(invited.data).toEqual({ inviteMember: { status: 'ACTIVE' } });
  canvasId = (
    await stack.gql<{ createCanvas: { id: string } }>(
      'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
      { i: { projectId: owner.projectId, name: 'Reauth' } },
      owner.accessToken,
    )
  ).data!.createCanvas.id;
}, 180_000);
afterAll(async () => {
  clients.destroyAll();
  await stack.stop();
});

const clients = liveClients(() => stack);
const connect = (token: string) => clients.connect(canvasId, token);
/** Failed re-authorization attempts so far, by connection (the collab server logs each one). */
function failedReauthorizations(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of stack.logs().split('\n')) {
    if (!line.includes('re-authorization failed')) continue;
    const { conn } = JSON.parse(line) as { conn: string };
    counts.set(conn, (counts.get(conn) ?? 0) + 1);
  }
  return counts;
}

describe('collab re-authorization through the platform', () => {
  it('a member removed from the organization loses the live canvas within seconds', async () => {
    const live = connect(member.accessToken);
    await synced(live.provider);
    const removed = await stack.gql(
      'mutation($o: ID!, $u: ID!) { removeMember(organizationId: $o, userId: $u) }',
      { o: owner.organizationId, u: member.userId },
      owner.accessToken,
    );
    expect(removed.data).toEqual({ removeMember: true });
    // Another organization's canvas looks unknown (4404), as at the handshake.
    await expect.poll(() => live.closes, { timeout: 5_000, interval: 100 }).toEqual([4404]);
    expect(live.provider.wsconnected).toBe(false);
  });

  it('keeps live connections (and syncing) while accounts is down', async () => {
    const a = connect(owner.accessToken);
    const b = connect(owner.accessToken);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    await stack.stopAccounts();
    // Three re-authorization attempts of each connection with accounts unreachable (readiness from the logs, not a sleep).
    await vi.waitUntil(
      () => {
        const counts = [...failedReauthorizations().values()];
        return counts.length >= 2 && counts.every((n) => n >= 3);
      },
      { timeout: 20_000, interval: 100 },
    );
    expect(a.closes).toEqual([]);
    expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true);
    const blockId = addBlock(a.doc, {
      type: 'TEXT',
      position: { x: 0, y: 0, w: 4, h: 2 },
      content: { markdown: 'still live' },
    });
    await expect.poll(() => blocksOf(b.doc).has(blockId), { timeout: 3_000 }).toBe(true);
  });
});
