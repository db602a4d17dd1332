import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBlock, blockText, blocksOf } from '@tessera/canvas-model';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { barrier, liveClients, synced } from '../support/collab.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
let owner: SignedUpUser;
let canvasId: string;

beforeAll(async () => {
  // Open connections are authorized again every second here, so a revoked share link ends quickly.
  stack = await startStack({}, { collab: { COLLAB_REAUTHORIZE_MS: '1000' } });
  owner = await signUp(stack, 'live');
  canvasId = (
    await stack.gql<{ createCanvas: { id: string } }>(
      'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
      { i: { projectId: owner.projectId, name: 'Live' } },
      owner.accessToken,
    )
  ).data!.createCanvas.id;
}, 180_000);
afterAll(async () => {
  clients.destroyAll();
  await stack.stop();
});

const clients = liveClients(() => stack);
const connect = (token: string, id = canvasId) => clients.connect(id, token);

describe('live collaboration through the gateway', () => {
  // How fast is measured in bench/collab, not asserted here.
  it('an edit by a live client is visible in canvas(id).blocks, and GraphQL edits reach live clients', async () => {
    const client = connect(owner.accessToken);
    await synced(client.provider);
    const blockId = addBlock(client.doc, {
      type: 'SQL',
      position: { x: 0, y: 0, w: 6, h: 4 },
      content: { sql: 'SELECT 1', dataSourceId: '00000000-0000-4000-8000-000000000000', parameters: {} },
    });
    blockText(client.doc, blockId, 'sql')!.insert(8, ' AS one');
    await expect
      .poll(
        async () => {
          const result = await stack.gql<{ canvas: { blocks: { id: string; content: { sql?: string } }[] } }>(
            'query($id: ID!) { canvas(id: $id) { blocks { id content } } }',
            { id: canvasId },
            owner.accessToken,
          );
          return result.data?.canvas.blocks.find((b) => b.id === blockId)?.content.sql;
        },
        { timeout: 10_000, interval: 100 },
      )
      .toBe('SELECT 1 AS one');

    const added = await stack.gql<{ addBlock: { id: string } }>(
      'mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }',
      {
        i: {
          canvasId,
          type: 'TEXT',
          position: { x: 6, y: 0, w: 6, h: 2 },
          content: { markdown: 'from GraphQL' },
        },
      },
      owner.accessToken,
    );
    const textId = added.data!.addBlock.id;
    await expect.poll(() => blocksOf(client.doc).has(textId), { timeout: 10_000 }).toBe(true);
    expect(blockText(client.doc, textId, 'markdown')?.toString()).toBe('from GraphQL');
  });

  it('refuses a bad token with 4401 and another tenant with 4404, and stops retrying', async () => {
    const bad = connect('not-a-token');
    await expect.poll(() => bad.closes, { timeout: 5_000 }).toEqual([4401]);
    const outsider = await signUp(stack, 'outsider');
    const foreign = connect(outsider.accessToken);
    await expect.poll(() => foreign.closes, { timeout: 5_000 }).toEqual([4404]);
    expect(foreign.provider.shouldConnect).toBe(false);
  });

  it('a VIEWER receives the document but its edits never reach others or storage', async () => {
    const viewer = await signUp(stack, 'viewer');
    await stack.gql(
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { role } }',
      { i: { organizationId: owner.organizationId, email: viewer.email, role: 'VIEWER' } },
      owner.accessToken,
    );
    const editor = connect(owner.accessToken);
    const reader = connect(viewer.accessToken);
    await Promise.all([synced(editor.provider), synced(reader.provider)]);
    expect(blocksOf(reader.doc).size).toBeGreaterThan(0);
    const sneaky = addBlock(reader.doc, {
      type: 'TEXT',
      position: { x: 0, y: 9, w: 2, h: 2 },
      content: { markdown: 'viewer edit' },
    });
    await barrier(reader, editor); // the server has handled the edit by the time the editor sees this
    expect(blocksOf(editor.doc).has(sneaky)).toBe(false);
    const stored = await stack.gql<{ canvas: { blocks: { id: string }[] } }>(
      'query($id: ID!) { canvas(id: $id) { blocks { id } } }',
      { id: canvasId },
      owner.accessToken,
    );
    expect(stored.data!.canvas.blocks.map((b) => b.id)).not.toContain(sneaky);
  });
  it('a share token never opens the live document: refused with 4403 before any of the draft is sent (T3: viewers see publications)', async () => {
    const link = (
      await stack.gql<{ createShareLink: { id: string; token: string } }>(
        'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { id token } }',
        { i: { canvasId } },
        owner.accessToken,
      )
    ).data!.createShareLink;
    const editor = connect(owner.accessToken);
    await synced(editor.provider);
    expect(blocksOf(editor.doc).size).toBeGreaterThan(0);
    const shared = connect(link.token);
    await expect.poll(() => shared.closes, { timeout: 10_000, interval: 100 }).toEqual([4403]);
    expect(blocksOf(shared.doc).size).toBe(0);
    expect(editor.closes).toEqual([]);
  });
});
