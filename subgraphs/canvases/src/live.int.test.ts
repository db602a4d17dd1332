import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import * as Y from 'yjs';
import {
  createDevAuthorize,
  createServer as createCollab,
  loadConfig as loadCollabConfig,
  type CollabServer,
} from '@tessera/collab-server';
import { addBlock, blockText, canvasName, projectBlocks } from '@tessera/canvas-model';
import { silentLogger } from '@tessera/logger';
import { createDocuments } from './services/documents.ts';
import { noLiveDocuments } from './services/live-documents.ts';
import { openCanvasStore, type CanvasStore, type LiveDocuments } from './live.ts';
import { MINUTE, newProject, ok, startHarness, user, type Harness } from './testing/harness.ts';
import {
  ADD_BLOCK,
  CANVAS,
  CREATE_CANVAS,
  RENAME,
  UPDATE_BLOCK,
  VERSIONS,
  type BlockResult,
  type CanvasResult,
} from './testing/operations.ts';

// The live-editing seam [F5] with the real collab server (in process, no sockets): GraphQL block
// mutations reach the live Y.Doc; the collab server stores through createCanvasPersistence.
let h: Harness;
let store: CanvasStore;
let collab: CollabServer;
let editor: ReturnType<typeof user>;
let projectId: string;

const live: LiveDocuments = {
  apply: (canvasId, mutate) => collab.applyToCanvas(canvasId, mutate),
  project: (canvasId) => collab.liveProjection(canvasId),
};

beforeAll(async () => {
  h = await startHarness({ live });
  store = await openCanvasStore({ mongodbUrl: h.mongoUrl, clock: h.clock });
  collab = createCollab({
    config: loadCollabConfig({
      COLLAB_PORT: '0',
      COLLAB_STORE_DEBOUNCE_MS: '2000',
      COLLAB_STORE_MAX_WAIT_MS: '10000',
      COLLAB_IDLE_UNLOAD_MS: '60000',
    }),
    logger: silentLogger,
    authorize: createDevAuthorize(),
    persistence: store.persistence,
  });
  await collab.start({ listen: false });
  const project = newProject(h);
  projectId = project.projectId;
  editor = user([[project.organizationId, 'EDITOR']]);
});
afterAll(async () => {
  await collab?.stop();
  await store?.close();
  await h?.stop();
});

async function newCanvas(name: string) {
  const canvas = ok(
    await h.gql<{ createCanvas: CanvasResult }>(editor, CREATE_CANVAS, { input: { projectId, name } }),
  ).createCanvas;
  const input = {
    canvasId: canvas.id,
    type: 'SQL',
    position: { x: 0, y: 0, w: 6, h: 4 },
    content: { dataSourceId: h.demoSourceId, sql: 'SELECT 1' },
  };
  const sql = ok(await h.gql<{ addBlock: BlockResult }>(editor, ADD_BLOCK, { input })).addBlock;
  return { canvas, sql };
}

const stored = async (id: string) => (await store.repos.canvases.findWithState(id))!;
const docOf = (state: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
};

describe('live documents', () => {
  it('[S10] applies GraphQL block mutations to the live document and answers only once they are stored', async () => {
    const { canvas, sql } = await newCanvas('Live');
    // Someone is typing: the live document holds an edit storage does not have yet.
    await collab.applyToCanvas(canvas.id, (doc) => blockText(doc, sql.id, 'sql')!.insert(8, ' AS one'), {
      loadIfIdle: true,
      waitForStore: false,
    });
    const before = await stored(canvas.id);
    expect(before.blocks[0]!.content.sql).toBe('SELECT 1');

    const input = {
      canvasId: canvas.id,
      type: 'TEXT',
      position: { x: 0, y: 4, w: 6, h: 2 },
      content: { markdown: `One is {{${sql.id}.one}}` },
    };
    const text = ok(await h.gql<{ addBlock: BlockResult }>(editor, ADD_BLOCK, { input })).addBlock;
    // Acknowledged means stored (with the live edit it came with), not "stored within 10 s".
    expect((await stored(canvas.id)).blocks.map((b) => b.id)).toEqual([sql.id, text.id]);
    const titled = ok(
      await h.gql<{ updateBlock: BlockResult }>(editor, UPDATE_BLOCK, {
        input: { canvasId: canvas.id, blockId: sql.id, content: { title: 'One' } },
      }),
    ).updateBlock;
    expect(titled.content).toEqual({ dataSourceId: h.demoSourceId, sql: 'SELECT 1 AS one', title: 'One' });
    expect((await stored(canvas.id)).blocks[0]!.content).toEqual(titled.content);
    ok(await h.gql(editor, RENAME, { id: canvas.id, name: 'Live, renamed' }));

    expect(collab.liveProjection(canvas.id)!.map((b) => b.id)).toEqual([sql.id, text.id]);
    const read = ok(await h.gql<{ canvas: CanvasResult }>(editor, CANVAS, { id: canvas.id })).canvas;
    expect(read.name).toBe('Live, renamed');
    expect(read.blocks.map((b) => b.content)).toEqual([titled.content, text.content]);

    // Every acknowledged change is in storage already: state, projection and name agree.
    const after = await stored(canvas.id);
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.name).toBe('Live, renamed');
    expect(after.blocks).toEqual(read.blocks);
    const doc = docOf(after.yjsState!);
    expect(projectBlocks(doc)).toEqual(after.blocks);
    expect(canvasName(doc)).toBe('Live, renamed');
  });

  it('[S10] parallel addBlock calls on one live canvas all succeed and are all stored', async () => {
    const { canvas } = await newCanvas('Parallel live');
    await collab.applyToCanvas(canvas.id, () => undefined, { loadIfIdle: true });
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        h.gql<{ addBlock: BlockResult }>(editor, ADD_BLOCK, {
          input: {
            canvasId: canvas.id,
            type: 'TEXT',
            position: { x: 0, y: 10 + i, w: 1, h: 1 },
            content: { markdown: `n${i}` },
          },
        }),
      ),
    );
    const ids = results.map((r) => ok(r).addBlock.id);
    const storedIds = (await stored(canvas.id)).blocks.map((b) => b.id);
    for (const id of ids) expect(storedIds).toContain(id);
  });

  it('store merges concurrent writers, bumps the version and applies the snapshot rule in the same write', async () => {
    const { canvas, sql } = await newCanvas('Merge');
    const base = await stored(canvas.id);
    // Two writers start from the same stored state and change different things.
    const first = docOf(base.yjsState!);
    const second = docOf(base.yjsState!);
    blockText(first, sql.id, 'sql')!.insert(8, ' AS a');
    blockText(second, sql.id, 'sql')!.insert(0, '-- note\n');
    h.clock.advance(11 * MINUTE);
    await store.persistence.store(canvas.id, { state: Y.encodeStateAsUpdate(first) });
    await store.persistence.store(canvas.id, { state: Y.encodeStateAsUpdate(second) });

    const merged = await stored(canvas.id);
    expect(merged.version).toBe(base.version + 2);
    // Another instance storing a state storage already holds is not a new version.
    await store.persistence.store(canvas.id, { state: Y.encodeStateAsUpdate(first) });
    expect((await stored(canvas.id)).version).toBe(merged.version);
    expect(merged.blocks[0]!.content.sql).toBe('-- note\nSELECT 1 AS a');
    expect(merged.lastAutoSnapshotAt).toEqual(h.clock.now());
    const autos = ok(
      await h.gql<{ canvasVersions: { kind: string; number: number }[] }>(editor, VERSIONS, {
        canvasId: canvas.id,
      }),
    ).canvasVersions.filter((v) => v.kind === 'AUTO');
    expect(autos.map((v) => v.number)).toEqual([base.version, 1]);
  });

  it('changes stored Yjs state with Yjs when not live, so clients holding older state merge cleanly', async () => {
    const { canvas, sql } = await newCanvas('Offline');
    const client = docOf((await stored(canvas.id)).yjsState!);
    blockText(client, sql.id, 'sql')!.insert(8, ' AS offline');

    ok(
      await h.gql(editor, UPDATE_BLOCK, {
        input: { canvasId: canvas.id, blockId: sql.id, content: { title: 'Edited over GraphQL' } },
      }),
    );
    Y.applyUpdate(client, (await stored(canvas.id)).yjsState!);
    await store.persistence.store(canvas.id, { state: Y.encodeStateAsUpdate(client) });

    const after = await stored(canvas.id);
    expect(after.blocks).toHaveLength(1);
    expect(after.blocks[0]!.content).toEqual({
      dataSourceId: h.demoSourceId,
      sql: 'SELECT 1 AS offline',
      title: 'Edited over GraphQL',
    });
  });

  it('builds Yjs state once for a canvas stored before live editing existed, then keeps it', async () => {
    const { canvas, sql } = await newCanvas('Legacy');
    const raw = await mongoose.createConnection(h.mongoUrl).asPromise();
    try {
      await raw.collection('canvases').updateOne({ _id: canvas.id as never }, { $set: { yjsState: null } });
    } finally {
      await raw.close();
    }
    expect(await store.persistence.fetch(canvas.id)).toMatchObject({
      state: null,
      json: { name: 'Legacy', blocks: [{ id: sql.id }] },
    });

    const input = {
      canvasId: canvas.id,
      type: 'TEXT',
      position: { x: 0, y: 5, w: 2, h: 2 },
      content: { markdown: 'added' },
    };
    ok(await h.gql(editor, ADD_BLOCK, { input }));
    const built = await stored(canvas.id);
    expect(built.yjsState).not.toBeNull();
    expect(projectBlocks(docOf(built.yjsState!)).map((b) => b.id)[0]).toBe(sql.id);

    const client = docOf(built.yjsState!);
    ok(
      await h.gql(editor, UPDATE_BLOCK, {
        input: { canvasId: canvas.id, blockId: sql.id, content: { sql: 'SELECT 2' } },
      }),
    );
    Y.applyUpdate(client, (await stored(canvas.id)).yjsState!);
    // Same items, not a rebuild: the client's copy converges without duplicated blocks or text.
    expect(projectBlocks(client)).toEqual((await stored(canvas.id)).blocks);
    expect(await store.persistence.fetch('00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('[L6] a stored (not live) change that would grow the document past its cap is refused and nothing is written', async () => {
    const { canvas } = await newCanvas('Capped');
    const documents = createDocuments({
      repos: store.repos,
      clock: h.clock,
      logger: silentLogger,
      live: noLiveDocuments,
    });
    const record = (await store.repos.canvases.find(canvas.id))!;
    const add = (id: string) => (doc: Y.Doc) =>
      addBlock(doc, {
        id,
        type: 'TEXT',
        position: { x: 0, y: 9, w: 1, h: 1 },
        content: { markdown: 'z'.repeat(40_000) },
      });
    await documents.change(record, add('fits'), { maxDocumentBytes: 64 * 1024 });
    const before = await stored(canvas.id);
    const error = await documents
      .change(record, add('too-much'), { maxDocumentBytes: 64 * 1024 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { reason: 'document-limit' } });
    const after = await stored(canvas.id);
    expect(after.version).toBe(before.version);
    expect(after.blocks.map((b) => b.id)).not.toContain('too-much');
  });
});
