import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addBlock,
  blockText,
  changeStoredDocument,
  projectBlock,
  projectBlocks,
  removeBlock,
  updateBlock,
} from '@tessera/canvas-model';
import { MemoryPersistence } from './persistence/memory-persistence.ts';
import {
  connectClient,
  startTestServer,
  waitFor,
  type TestClient,
  type TestServer,
} from './testing/harness.ts';

const sqlBlock = { id: 'q', type: 'SQL', position: { x: 0, y: 0, w: 4, h: 3 }, content: { sql: 'select 1' } };
const sqlOf = (projection: { id: string; content: Record<string, unknown> }[] | undefined) =>
  projection?.find((b) => b.id === 'q')?.content.sql;

describe('persistence', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  const connect = (canvasId: string, token = 'editor-alice') => {
    const c = connectClient(server.url, canvasId, token);
    clients.push(c);
    return c;
  };
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    await server?.stop();
  });

  it('[S1] loads the document before answering any sync message', async () => {
    const persistence = new MemoryPersistence();
    persistence.fetchDelayMs = 400;
    persistence.create('slow', [sqlBlock]);
    server = await startTestServer({ persistence });
    const a = connect('slow');
    const b = connect('slow', 'editor-bob');
    let atSync: unknown[] = [];
    a.provider.once('sync', () => {
      atSync = projectBlocks(a.doc);
    });
    await Promise.all([a.synced, b.synced]);
    expect(atSync).toEqual([sqlBlock]);
    expect(projectBlocks(b.doc)).toEqual([sqlBlock]);
  });

  it('[D9] builds from JSON once, stores that state before answering, and never rebuilds while state exists', async () => {
    server = await startTestServer();
    server.persistence.create('json', [sqlBlock]);
    const stored: number[] = [];
    server.persistence.onStore(() => stored.push(Date.now()));
    const a = connect('json');
    let syncedAt = 0;
    a.provider.once('sync', () => (syncedAt = Date.now()));
    await a.synced;
    expect(stored.length).toBe(1);
    expect(stored[0]!).toBeLessThanOrEqual(syncedAt);
    const state = server.persistence.get('json')!.state!;
    expect(state.length).toBeGreaterThan(0);

    // Storage's JSON changes behind our back: the Yjs state stays the source of truth.
    server.persistence.get('json')!.json = [{ ...sqlBlock, content: { sql: 'DIFFERENT' } }];
    clients.splice(0).forEach((c) => c.destroy());
    await server.stop();
    server = await startTestServer({ persistence: server.persistence });
    const b = connect('json');
    await b.synced;
    expect(projectBlocks(b.doc)).toEqual([sqlBlock]);
    // Same item ids as before: an old replica merges without duplicates.
    const old = new Y.Doc();
    Y.applyUpdate(old, state);
    Y.applyUpdate(old, Y.encodeStateAsUpdate(b.doc));
    expect(projectBlocks(old)).toEqual([sqlBlock]);
  });

  // The 2 s / 3 s bounds of [S3] are checked on a fake clock (rooms/store-scheduler-defaults.test.ts);
  // here, with a real server and the defaults, that it stores after one edit and during continuous typing.
  it('[S3] with the defaults, stores after an edit and keeps storing during continuous typing', async () => {
    server = await startTestServer();
    server.persistence.create('fresh', [sqlBlock]);
    const a = connect('fresh');
    await a.synced;
    const stores: { at: number; sql: unknown }[] = [];
    server.persistence.onStore((_id, canvas) =>
      stores.push({ at: Date.now(), sql: sqlOf(canvas.projection) }),
    );
    const text = blockText(a.doc, 'q', 'sql')!;
    text.insert(text.length, ' -- one edit');
    await waitFor(() => stores.length > 0, 10_000);
    expect(stores[0]!.sql).toBe('select 1 -- one edit');

    // Someone types without pause (each keystroke as soon as the server has the previous one, far
    // within the debounce) until a store happens while they are still typing (max wait), then a little more.
    stores.length = 0;
    let keystrokes = 0;
    const type = async () => {
      text.insert(text.length, String(keystrokes++ % 10));
      const sql = text.toString();
      await waitFor(
        () => sqlOf(server.server.liveProjection('fresh') ?? undefined) === sql,
        5000,
        'the keystroke at the server',
      );
    };
    for (const deadline = Date.now() + 20_000; stores.length === 0; await type()) {
      if (Date.now() > deadline) throw new Error('no store within 20 s of continuous typing');
    }
    for (let i = 0; i < 5; i++) await type();
    const typed = text.toString();
    await waitFor(() => stores.at(-1)?.sql === typed, 10_000, 'the trailing store');
    // At least one store while typing (max wait), then the trailing one.
    expect(stores.length).toBeGreaterThanOrEqual(2);
    expect(stores[0]!.sql).not.toBe(typed);
  });

  it('[S6] unloads an idle canvas after storing it, and a returning client gets everything back', async () => {
    server = await startTestServer({
      env: {
        COLLAB_IDLE_UNLOAD_MS: '300',
        COLLAB_STORE_DEBOUNCE_MS: '2000',
        COLLAB_STORE_MAX_WAIT_MS: '10000',
      },
    });
    server.persistence.create('idle', [sqlBlock]);
    const a = connect('idle');
    await a.synced;
    blockText(a.doc, 'q', 'sql')!.insert(0, '/* kept */ ');
    await waitFor(() => server.server.liveProjection('idle')?.[0]?.content.sql === '/* kept */ select 1');
    a.destroy();
    await waitFor(() => server.server.stats().canvases === 0, 3000, 'unload');
    expect(sqlOf(server.persistence.get('idle')!.projection)).toBe('/* kept */ select 1');
    const b = connect('idle');
    await b.synced;
    expect(sqlOf(projectBlocks(b.doc))).toBe('/* kept */ select 1');
  });

  it('[S3] stop() stores every loaded canvas first', async () => {
    server = await startTestServer({
      env: { COLLAB_STORE_DEBOUNCE_MS: '2000', COLLAB_STORE_MAX_WAIT_MS: '10000' },
    });
    server.persistence.create('s1', [sqlBlock]);
    server.persistence.create('s2', [sqlBlock]);
    const a = connect('s1');
    const b = connect('s2');
    await Promise.all([a.synced, b.synced]);
    blockText(a.doc, 'q', 'sql')!.insert(0, 'A');
    blockText(b.doc, 'q', 'sql')!.insert(0, 'B');
    await waitFor(
      () =>
        server.server.liveProjection('s1')?.[0]?.content.sql === 'Aselect 1' &&
        server.server.liveProjection('s2')?.[0]?.content.sql === 'Bselect 1',
    );
    await server.stop();
    expect(sqlOf(server.persistence.get('s1')!.projection)).toBe('Aselect 1');
    expect(sqlOf(server.persistence.get('s2')!.projection)).toBe('Bselect 1');
  });

  it('[S5] retries a failed store until it succeeds', async () => {
    server = await startTestServer({
      env: { COLLAB_STORE_DEBOUNCE_MS: '50', COLLAB_STORE_MAX_WAIT_MS: '100' },
    });
    server.persistence.create('flaky', [sqlBlock]);
    const a = connect('flaky');
    await a.synced;
    server.persistence.storeError = new Error('database unavailable');
    blockText(a.doc, 'q', 'sql')!.insert(0, 'X');
    // It tried, failed, and tried again while storage was failing.
    await waitFor(() => server.persistence.failedStores >= 2, 10_000, 'a failed store and its retry');
    expect(sqlOf(server.persistence.get('flaky')!.projection)).toBe('select 1');
    server.persistence.storeError = null;
    await waitFor(() => sqlOf(server.persistence.get('flaky')!.projection) === 'Xselect 1', 10_000, 'retry');
  });

  describe('[S8] GraphQL mutations', () => {
    it('apply to the live document in one server transaction, reach clients and storage', async () => {
      server = await startTestServer({
        env: { COLLAB_STORE_DEBOUNCE_MS: '50', COLLAB_STORE_MAX_WAIT_MS: '100' },
      });
      server.persistence.create('live', [{ ...sqlBlock, content: { sql: 'select * from orders' } }]);
      const a = connect('live');
      await a.synced;
      const text = blockText(a.doc, 'q', 'sql')!;
      text.insert(text.length, ' limit 10');
      const applied = await server.server.applyToCanvas('live', (doc) => {
        updateBlock(doc, 'q', { content: { sql: 'select id from orders' } });
        addBlock(doc, {
          id: 'chart',
          type: 'CHART',
          position: { x: 0, y: 5, w: 4, h: 3 },
          content: { kind: 'bar' },
        });
      });
      expect(applied).toBe(true);
      // [D10] the mutation and the concurrent typing both survive.
      await waitFor(
        () =>
          projectBlock(a.doc, 'chart') !== null &&
          projectBlock(a.doc, 'q')!.content.sql === 'select id from orders limit 10',
      );
      await waitFor(() => server.persistence.get('live')!.projection.length === 2, 3000, 'storage');
      expect(server.server.liveProjection('live')).toEqual(projectBlocks(a.doc));
    });

    it('resolve false when the canvas is not live here, and the caller changes storage itself', async () => {
      server = await startTestServer();
      server.persistence.create('cold', [sqlBlock]);
      expect(await server.server.applyToCanvas('cold', (doc) => removeBlock(doc, 'q'))).toBe(false);
      const stored = server.persistence.get('cold')!;
      const change = changeStoredDocument({ state: stored.state, json: stored.json }, (doc) =>
        removeBlock(doc, 'q'),
      );
      await server.persistence.store('cold', change);
      const a = connect('cold');
      await a.synced;
      expect(projectBlocks(a.doc)).toEqual([]);
    });

    it('load the canvas with loadIfIdle, and reject unknown canvases', async () => {
      server = await startTestServer({ env: { COLLAB_IDLE_UNLOAD_MS: '200' } });
      server.persistence.create('cold', [sqlBlock]);
      const applied = await server.server.applyToCanvas('cold', (doc) => removeBlock(doc, 'q'), {
        loadIfIdle: true,
        waitForStore: true,
      });
      expect(applied).toBe(true);
      expect(server.persistence.get('cold')!.projection).toEqual([]);
      await waitFor(() => server.server.stats().canvases === 0, 3000, 'unload');
      await expect(
        server.server.applyToCanvas('nope', () => undefined, { loadIfIdle: true }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
});
