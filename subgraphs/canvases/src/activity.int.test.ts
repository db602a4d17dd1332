// The activity feed (Canvas.activity) and single-block restore (restoreCanvasBlock), issue 22.
import * as Y from 'yjs';
import { addBlock, blocksOf, projectBlocks, updateBlock } from '@tessera/canvas-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCanvasStore, type CanvasStore } from './live.ts';
import { errorOf, MINUTE, newProject, ok, startHarness, user, type Harness } from './testing/harness.ts';
import {
  ADD_BLOCK,
  CREATE_CANVAS,
  CREATE_VERSION,
  REMOVE_BLOCK,
  UPDATE_BLOCK,
  type BlockResult,
  type CanvasResult,
} from './testing/operations.ts';

const ACTIVITY = `query($id: ID!, $first: Int, $after: String) { canvas(id: $id) { activity(first: $first, after: $after) {
  items { kind blockId blockTitle count version versionName actor { id } } endCursor } } }`;
const RESTORE_BLOCK = `mutation($canvasId: ID!, $versionId: ID!, $blockId: ID!) {
  restoreCanvasBlock(canvasId: $canvasId, versionId: $versionId, blockId: $blockId) { id type content } }`;

interface Item {
  kind: string;
  blockId: string | null;
  blockTitle: string | null;
  count: number;
  version: number | null;
  versionName: string | null;
  actor: { id: string } | null;
}
interface Page {
  items: Item[];
  endCursor: string | null;
}

let h: Harness;
let projectId: string;
let organizationId: string;
let editor: ReturnType<typeof user>;
let editorId: string;
let store: CanvasStore;

beforeAll(async () => {
  h = await startHarness();
  ({ projectId, organizationId } = newProject(h));
  editorId = crypto.randomUUID();
  editor = user([[organizationId, 'EDITOR']], editorId);
  store = await openCanvasStore({ mongodbUrl: h.mongoUrl, clock: h.clock });
});
afterAll(async () => {
  await store?.close();
  await h?.stop();
});

const activity = async (id: string, first?: number, after?: string) =>
  ok(await h.gql<{ canvas: { activity: Page } }>(editor, ACTIVITY, { id, first, after })).canvas.activity;

async function sqlBlock(canvasId: string, title: string, sql: string): Promise<BlockResult> {
  h.clock.advance(1000);
  const input = {
    canvasId,
    type: 'SQL',
    position: { x: 0, y: 0, w: 6, h: 4 },
    content: { title, sql, dataSourceId: h.demoSourceId },
  };
  return ok(await h.gql<{ addBlock: BlockResult }>(editor, ADD_BLOCK, { input })).addBlock;
}

describe('activity feed', () => {
  it('lists block changes (edits coalesced per person and block), versions, newest first, paged', async () => {
    const canvas = ok(
      await h.gql<{ createCanvas: CanvasResult }>(editor, CREATE_CANVAS, {
        input: { projectId, name: 'Feed' },
      }),
    ).createCanvas;
    const revenue = await sqlBlock(canvas.id, 'Revenue by month', 'select 1');
    const other = await sqlBlock(canvas.id, 'Scratch', 'select 2');
    for (const sql of ['select 10', 'select 11', 'select 12']) {
      h.clock.advance(MINUTE);
      ok(
        await h.gql(editor, UPDATE_BLOCK, {
          input: { canvasId: canvas.id, blockId: revenue.id, content: { sql } },
        }),
      );
    }
    // A move alone is not an edit.
    ok(
      await h.gql(editor, UPDATE_BLOCK, {
        input: { canvasId: canvas.id, blockId: other.id, position: { x: 6, y: 0, w: 6, h: 4 } },
      }),
    );
    h.clock.advance(MINUTE);
    ok(await h.gql(editor, REMOVE_BLOCK, { canvasId: canvas.id, blockId: other.id }));
    h.clock.advance(MINUTE);
    ok(await h.gql(editor, CREATE_VERSION, { canvasId: canvas.id, name: 'Before the review' }));

    const page = await activity(canvas.id);
    expect(page.items.map((i) => [i.kind, i.blockTitle, i.count])).toEqual([
      ['VERSION_SAVED', null, 1],
      ['BLOCK_REMOVED', 'Scratch', 1],
      ['BLOCK_EDITED', 'Revenue by month', 3],
      ['BLOCK_ADDED', 'Scratch', 1],
      ['BLOCK_ADDED', 'Revenue by month', 1],
    ]);
    expect(page.items[0]!.versionName).toBe('Before the review');
    expect(page.items.every((i) => i.actor?.id === editorId)).toBe(true);
    expect(page.endCursor).toBeNull();

    // An edit more than 5 minutes after the last one is a new entry.
    h.clock.advance(6 * MINUTE);
    ok(
      await h.gql(editor, UPDATE_BLOCK, {
        input: { canvasId: canvas.id, blockId: revenue.id, content: { sql: 'select 13' } },
      }),
    );
    const first = await activity(canvas.id, 2);
    expect(first.items.map((i) => i.kind)).toEqual(['BLOCK_EDITED', 'VERSION_SAVED']);
    expect(first.endCursor).not.toBeNull();
    const second = await activity(canvas.id, 2, first.endCursor!);
    expect(second.items.map((i) => i.kind)).toEqual(['BLOCK_REMOVED', 'BLOCK_EDITED']);

    expect(errorOf(await h.gql(editor, ACTIVITY, { id: canvas.id, first: 101 })).extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorOf(await h.gql(editor, ACTIVITY, { id: canvas.id, after: 'nope' })).extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('attributes live edits the collab server stores to the person who made them', async () => {
    const canvas = ok(
      await h.gql<{ createCanvas: CanvasResult }>(editor, CREATE_CANVAS, {
        input: { projectId, name: 'Live' },
      }),
    ).createCanvas;
    const block = await sqlBlock(canvas.id, 'Orders', 'select 1');
    const persistence = store.persistence;
    const stored = await persistence.fetch(canvas.id);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored!.state!);
    expect(blocksOf(doc).has(block.id)).toBe(true);
    updateBlock(doc, block.id, { content: { sql: 'select 2' } });
    const ben = crypto.randomUUID();
    h.clock.advance(MINUTE);
    await persistence.store(canvas.id, {
      state: Y.encodeStateAsUpdate(doc),
      projection: projectBlocks(doc),
      edits: [{ userId: ben, name: 'Ben', blockIds: [block.id] }],
    });
    const [latest] = (await activity(canvas.id)).items;
    expect(latest).toMatchObject({ kind: 'BLOCK_EDITED', blockTitle: 'Orders', actor: { id: ben } });

    // Maya adds a block and Ben's client touches it before the store: only Maya added it.
    const maya = crypto.randomUUID();
    const added = addBlock(doc, {
      type: 'TEXT',
      position: { x: 0, y: 10, w: 4, h: 2 },
      content: { markdown: 'Notes', title: 'Notes' },
    });
    h.clock.advance(MINUTE);
    await persistence.store(canvas.id, {
      state: Y.encodeStateAsUpdate(doc),
      projection: projectBlocks(doc),
      edits: [
        { userId: maya, name: 'Maya', blockIds: [added], addedIds: [added] },
        { userId: ben, name: 'Ben', blockIds: [added], addedIds: [] },
      ],
    });
    const items = (await activity(canvas.id)).items.filter((i) => i.blockId === added);
    expect(items).toEqual([expect.objectContaining({ kind: 'BLOCK_ADDED', actor: { id: maya } })]);
  });
});

describe('restoreCanvasBlock', () => {
  it('brings one block back from a version, keeps the replaced canvas, and is in the feed', async () => {
    const canvas = ok(
      await h.gql<{ createCanvas: CanvasResult }>(editor, CREATE_CANVAS, {
        input: { projectId, name: 'Restore' },
      }),
    ).createCanvas;
    const a = await sqlBlock(canvas.id, 'A', 'select 1 as old');
    const b = await sqlBlock(canvas.id, 'B', 'select 2');
    const version = ok(
      await h.gql<{ createCanvasVersion: { id: string; number: number } }>(editor, CREATE_VERSION, {
        canvasId: canvas.id,
        name: 'v',
      }),
    ).createCanvasVersion;
    ok(
      await h.gql(editor, UPDATE_BLOCK, {
        input: { canvasId: canvas.id, blockId: a.id, content: { sql: 'select 1 as new' } },
      }),
    );
    ok(
      await h.gql(editor, UPDATE_BLOCK, {
        input: { canvasId: canvas.id, blockId: b.id, content: { sql: 'select 3' } },
      }),
    );

    h.clock.advance(MINUTE);
    const restored = ok(
      await h.gql<{ restoreCanvasBlock: BlockResult }>(editor, RESTORE_BLOCK, {
        canvasId: canvas.id,
        versionId: version.id,
        blockId: a.id,
      }),
    ).restoreCanvasBlock;
    expect(restored.content.sql).toBe('select 1 as old');
    const blocks = (await store.repos.canvases.find(canvas.id))!.blocks;
    // Only that block: B keeps its newer SQL.
    expect(Object.fromEntries(blocks.map((x) => [x.id, x.content.sql]))).toEqual({
      [a.id]: 'select 1 as old',
      [b.id]: 'select 3',
    });
    const versions = await store.repos.versions.listByCanvas(canvas.id);
    expect(versions[0]).toMatchObject({ kind: 'BEFORE_RESTORE', name: expect.stringContaining('"A"') });
    const [latest] = (await activity(canvas.id)).items;
    expect(latest).toMatchObject({ kind: 'BLOCK_RESTORED', blockTitle: 'A', version: version.number });

    // A deleted block comes back too.
    ok(await h.gql(editor, REMOVE_BLOCK, { canvasId: canvas.id, blockId: b.id }));
    ok(await h.gql(editor, RESTORE_BLOCK, { canvasId: canvas.id, versionId: version.id, blockId: b.id }));
    expect((await store.repos.canvases.find(canvas.id))!.blocks.find((x) => x.id === b.id)?.content.sql).toBe(
      'select 2',
    );

    // Unknown block, another tenant, a viewer.
    const unknown = await h.gql(editor, RESTORE_BLOCK, {
      canvasId: canvas.id,
      versionId: version.id,
      blockId: crypto.randomUUID(),
    });
    expect(errorOf(unknown).extensions.code).toBe('NOT_FOUND');
    const outsider = user([[newProject(h).organizationId, 'OWNER']]);
    const foreign = await h.gql(outsider, RESTORE_BLOCK, {
      canvasId: canvas.id,
      versionId: version.id,
      blockId: a.id,
    });
    expect(errorOf(foreign).extensions.code).toBe('NOT_FOUND');
    expect(errorOf(await h.gql(outsider, ACTIVITY, { id: canvas.id })).extensions.code).toBe('NOT_FOUND');
    const viewer = user([[organizationId, 'VIEWER']]);
    const denied = await h.gql(viewer, RESTORE_BLOCK, {
      canvasId: canvas.id,
      versionId: version.id,
      blockId: a.id,
    });
    expect(errorOf(denied).extensions.code).toBe('FORBIDDEN');
  });
});
