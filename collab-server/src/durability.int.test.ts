import { setTimeout as realDelay } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { watchCollabStatus, type CollabStatusMessage } from '@tessera/canvas-model/collab';
import {
  addBlock,
  blockText,
  MAX_BLOCK_TEXT_CHARS,
  projectBlock,
  projectBlocks,
  updateBlock,
} from '@tessera/canvas-model';
import { CloseCode } from '@tessera/canvas-model/collab';
import { MemoryPersistence } from './persistence/memory-persistence.ts';
import type { PersistenceAdapter } from './persistence/types.ts';
import {
  connectClient,
  nextClose,
  presenceBarrier,
  startTestServer,
  waitFor,
  type TestClient,
  type TestServer,
} from './testing/harness.ts';

// Durability and size rules: acknowledged server changes are stored [S10], limits on the live
// path [L5][L6], clients are told when storing keeps failing [S12][S13], shutdown [S14].
const TEXT = {
  id: 'text-1',
  type: 'TEXT',
  position: { x: 0, y: 0, w: 4, h: 2 },
  content: { markdown: 'hello' },
};

let server: TestServer | null = null;
const clients: TestClient[] = [];
afterEach(async () => {
  vi.useRealTimers();
  clients.splice(0).forEach((c) => c.destroy());
  await server?.stop();
  server = null;
});

function client(canvasId: string, token = 'editor-alice'): TestClient & { statuses: CollabStatusMessage[] } {
  const c = connectClient(server!.url, canvasId, token);
  const statuses: CollabStatusMessage[] = [];
  watchCollabStatus(c.provider, (s) => statuses.push(s));
  clients.push(c);
  return Object.assign(c, { statuses });
}

const storedBlocks = (persistence: MemoryPersistence, id: string) => persistence.get(id)?.projection ?? [];

/**
 * Stops the clock of setTimeout (fake timers; intervals, sockets and node:timers/promises keep
 * real time), so a shutdown can only end through what it waits for, or when the test moves the clock.
 */
function stopTheClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldClearNativeTimers: true });
}

/** A generous liveness bound in real time (not a latency claim): 'hung' if `promise` never settles. */
const settlesWithin = (promise: Promise<unknown>, ms = 20_000) =>
  Promise.race([promise.then(() => 'settled' as const), realDelay(ms, 'hung' as const, { ref: false })]);

describe('acknowledged server changes [S10]', () => {
  it('[S10] applyToCanvas resolves only once the change is stored, also under parallel calls', async () => {
    server = await startTestServer({
      env: { COLLAB_STORE_DEBOUNCE_MS: '2000', COLLAB_STORE_MAX_WAIT_MS: '10000' },
    });
    server.persistence.create('c1', [TEXT]);
    const c = client('c1');
    await c.synced;
    const ids = Array.from({ length: 12 }, (_, i) => `added-${i}`);
    await Promise.all(
      ids.map(async (id, i) => {
        expect(
          await server!.server.applyToCanvas('c1', (doc) =>
            addBlock(doc, { id, type: 'TEXT', position: { x: 0, y: i + 1, w: 1, h: 1 } }),
          ),
        ).toBe(true);
        // Acknowledged: storage holds it now, not 2 s later.
        expect(storedBlocks(server!.persistence, 'c1').map((b) => b.id)).toContain(id);
      }),
    );
    await waitFor(() => ids.every((id) => projectBlock(c.doc, id)), 5000, 'live client sees the changes');
  });

  it('[S10] a change that could not be stored is not acknowledged', async () => {
    server = await startTestServer();
    server.persistence.create('c2', [TEXT]);
    await server.server.applyToCanvas('c2', () => undefined, { loadIfIdle: true });
    server.persistence.storeError = new Error('mongodb://user:secret@db/tessera is down');
    const error = await server.server
      .applyToCanvas('c2', (doc) => updateBlock(doc, 'text-1', { content: { title: 't' } }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'UNAVAILABLE',
      message: 'The change could not be saved; try again shortly',
    });
    server.persistence.storeError = null;
  });
});

describe('limits on the live path [L5][L6]', () => {
  it('[L5] an update that makes a block exceed its text limit is reverted for everyone and its sender is told', async () => {
    server = await startTestServer({
      env: { COLLAB_STORE_DEBOUNCE_MS: '50', COLLAB_STORE_MAX_WAIT_MS: '100' },
    });
    server.persistence.create('big', [TEXT]);
    const alice = client('big');
    const bob = client('big', 'editor-bob');
    await Promise.all([alice.synced, bob.synced]);
    let bobSawHuge = false;
    bob.doc.on('update', () => {
      if ((blockText(bob.doc, 'text-1', 'markdown')?.length ?? 0) > MAX_BLOCK_TEXT_CHARS) bobSawHuge = true;
    });
    let bytesToBob = 0;
    (
      bob.provider.ws as unknown as {
        addEventListener(name: 'message', f: (e: { data: ArrayBuffer }) => void): void;
      }
    ).addEventListener('message', (e) => {
      bytesToBob += e.data.byteLength;
    });

    blockText(alice.doc, 'text-1', 'markdown')!.insert(5, 'x'.repeat(MAX_BLOCK_TEXT_CHARS + 1));
    await waitFor(() => alice.statuses.length > 0, 10_000, 'refusal');
    expect(alice.statuses[0]).toMatchObject({
      type: 'update-refused',
      reason: 'block-limit',
      blockId: 'text-1',
      field: 'content.markdown',
    });
    await waitFor(
      () => blockText(alice.doc, 'text-1', 'markdown')!.toString() === 'hello',
      5000,
      'revert at the sender',
    );

    // Edits within the limit still work, and nobody ever saw (or stored) the oversized text.
    blockText(alice.doc, 'text-1', 'markdown')!.insert(5, ' world');
    await waitFor(
      () => storedBlocks(server!.persistence, 'big')[0]?.content.markdown === 'hello world',
      5000,
      'store',
    );
    await waitFor(() => blockText(bob.doc, 'text-1', 'markdown')!.toString() === 'hello world', 5000, 'bob');
    expect(bobSawHuge).toBe(false);
    // The refused content never travelled to Bob: only the net effect did.
    expect(bytesToBob).toBeLessThan(10_000);
    expect(server.persistence.get('big')!.state!.length).toBeLessThan(10_000);
  });

  it('[L5] accepted edits are garbage-collected as without the guard: deleted text and replaced values leave no weight behind', async () => {
    server = await startTestServer();
    server.persistence.create('gc', [TEXT]);
    const alice = client('gc');
    await alice.synced;
    const text = blockText(alice.doc, 'text-1', 'markdown')!;
    text.insert(0, 'z'.repeat(90_000));
    text.delete(0, 90_000);
    const content = alice.doc.getMap('blocks').get('text-1') as Y.Map<Y.Map<unknown>>;
    content.get('content')!.set('title', 'w'.repeat(90_000));
    content.get('content')!.set('title', 'short');
    await waitFor(
      () => server!.server.liveProjection('gc')?.[0]?.content.title === 'short',
      5000,
      'edits reach the server',
    );
    // A client joining now gets the server's state: the deleted content is not in it.
    const late = client('gc', 'editor-late');
    let bytes = 0;
    await waitFor(() => Boolean(late.provider.ws), 5000, 'socket');
    (
      late.provider.ws as unknown as {
        addEventListener(name: 'message', f: (e: { data: ArrayBuffer }) => void): void;
      }
    ).addEventListener('message', (e) => {
      bytes += e.data.byteLength;
    });
    await late.synced;
    expect(blockText(late.doc, 'text-1', 'markdown')!.toString()).toBe('hello');
    expect(bytes).toBeLessThan(10_000);
  });

  it('[L6] an update that would take the document over COLLAB_MAX_DOCUMENT_BYTES is refused; deleting still works', async () => {
    server = await startTestServer({
      env: {
        COLLAB_MAX_DOCUMENT_BYTES: String(64 * 1024),
        COLLAB_STORE_DEBOUNCE_MS: '50',
        COLLAB_STORE_MAX_WAIT_MS: '100',
      },
    });
    server.persistence.create('cap', [TEXT]);
    const alice = client('cap');
    await alice.synced;
    for (let i = 0; i < 3; i++) {
      addBlock(alice.doc, {
        id: `b${i}`,
        type: 'TEXT',
        position: { x: 0, y: i + 1, w: 1, h: 1 },
        content: { markdown: String(i).repeat(30_000) },
      });
      // One update at a time: the next once the server has applied (or refused) this one.
      await waitFor(
        () =>
          alice.statuses.length > 0 ||
          Boolean(server!.server.liveProjection('cap')?.some((b) => b.id === `b${i}`)),
        10_000,
        `b${i} at the server`,
      );
    }
    await waitFor(() => alice.statuses.length > 0, 10_000, 'refusal');
    expect(alice.statuses[0]).toMatchObject({ type: 'update-refused', reason: 'document-limit' });
    await waitFor(
      () =>
        projectBlocks(alice.doc)
          .map((b) => b.id)
          .join() === 'text-1,b0,b1',
      5000,
      'revert',
    );
    await waitFor(() => storedBlocks(server!.persistence, 'cap').length === 3, 5000, 'store');
    expect(server.persistence.get('cap')!.state!.length).toBeLessThanOrEqual(64 * 1024);
    // A server-side change over the cap is refused (nothing changes) rather than stored.
    const error = await server.server
      .applyToCanvas('cap', (doc) =>
        addBlock(doc, {
          id: 'gql',
          type: 'TEXT',
          position: { x: 0, y: 9, w: 1, h: 1 },
          content: { markdown: 'y'.repeat(40_000) },
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { reason: 'document-limit' } });
    expect(server.server.liveProjection('cap')!.map((b) => b.id)).toEqual(['text-1', 'b0', 'b1']);
    alice.doc.getMap('blocks').delete('b0');
    await waitFor(() => storedBlocks(server!.persistence, 'cap').length === 2, 5000, 'a deletion is stored');
  });
});

describe('when storing keeps failing [S12][S13]', () => {
  it('[S12][S13] clients are told, edits are refused (nothing stored is lost), and once storing works again their edits come back', async () => {
    server = await startTestServer({
      env: { COLLAB_STORE_DEBOUNCE_MS: '50', COLLAB_STORE_MAX_WAIT_MS: '100' },
    });
    const persistence = server.persistence;
    persistence.create('flaky', [TEXT]);
    const alice = client('flaky');
    const viewer = client('flaky', 'viewer-vera');
    await Promise.all([alice.synced, viewer.synced]);
    blockText(alice.doc, 'text-1', 'markdown')!.insert(5, ' stored');
    await waitFor(
      () => storedBlocks(persistence, 'flaky')[0]?.content.markdown === 'hello stored',
      5000,
      'first store',
    );
    const before = persistence.get('flaky')!;

    persistence.storeError = new Error('BSONObjectTooLarge');
    blockText(alice.doc, 'text-1', 'markdown')!.insert(0, 'A');
    await waitFor(
      () => alice.statuses.some((s) => s.type === 'save-failing'),
      15_000,
      'save-failing at the editor',
    );
    await waitFor(
      () => viewer.statuses.some((s) => s.type === 'save-failing'),
      5000,
      'save-failing at the viewer',
    );
    expect(alice.statuses.find((s) => s.type === 'save-failing')).toMatchObject({ readOnly: true });
    // Read-only meanwhile: this edit is not applied by the server (nor relayed).
    blockText(alice.doc, 'text-1', 'markdown')!.insert(0, 'B');
    await presenceBarrier(alice, viewer); // the server has handled (dropped) alice's edit by now
    expect(blockText(viewer.doc, 'text-1', 'markdown')!.toString()).toBe('Ahello stored');
    expect(
      await server.server.applyToCanvas('flaky', () => undefined).catch((e: unknown) => e),
    ).toMatchObject({ code: 'UNAVAILABLE' });
    expect(server.server.stats().canvasesNotSaving).toBe(1);
    // What was stored is still there, untouched.
    expect(persistence.get('flaky')).toBe(before);
    // A client arriving meanwhile is told at once.
    const late = client('flaky', 'editor-late');
    await waitFor(() => late.statuses.some((s) => s.type === 'save-failing'), 5000, 'late client told');

    persistence.storeError = null;
    await waitFor(() => alice.statuses.some((s) => s.type === 'save-ok'), 40_000, 'save-ok');
    expect(server.server.stats().canvasesNotSaving).toBe(0);
    await waitFor(
      () => storedBlocks(persistence, 'flaky')[0]?.content.markdown === 'BAhello stored',
      10_000,
      'dropped edit resent and stored',
    );
    await waitFor(
      () => blockText(viewer.doc, 'text-1', 'markdown')!.toString() === 'BAhello stored',
      5000,
      'viewer converges',
    );
  });
});

describe('shutdown [S14]', () => {
  it('[S14] close() with live clients: stores every canvas, closes with 1001, resolves once stored (not by its timeout)', async () => {
    server = await startTestServer({
      env: { COLLAB_STORE_DEBOUNCE_MS: '2000', COLLAB_STORE_MAX_WAIT_MS: '10000' },
    });
    for (const id of ['s1', 's2']) server.persistence.create(id, [TEXT]);
    const live = [client('s1'), client('s1', 'editor-bob'), client('s2'), client('s2', 'viewer-v')];
    await Promise.all(live.map((c) => c.synced));
    blockText(live[0]!.doc, 'text-1', 'markdown')!.insert(5, ' one');
    blockText(live[2]!.doc, 'text-1', 'markdown')!.insert(5, ' two');
    await waitFor(
      () => server!.server.liveProjection('s2')?.[0]?.content.markdown === 'hello two',
      5000,
      'edits reach the server',
    );
    await waitFor(
      () => server!.server.liveProjection('s1')?.[0]?.content.markdown === 'hello one',
      5000,
      'edits reach the server',
    );
    const closes = live.map((c) => nextClose(c.provider));
    // With the clock stopped, its 4 s timeout cannot fire: only the finished stores can end close().
    stopTheClock();
    expect(await settlesWithin(server.server.close())).toBe('settled');
    vi.useRealTimers();
    expect((await Promise.all(closes)).map((c) => c.code)).toEqual(
      [1001, 1001, 1001, 1001].map(() => CloseCode.GoingAway),
    );
    expect(storedBlocks(server.persistence, 's1')[0]!.content.markdown).toBe('hello one');
    expect(storedBlocks(server.persistence, 's2')[0]!.content.markdown).toBe('hello two');
  });

  it('[S14] close() resolves within its timeout even when storage hangs', async () => {
    const memory = new MemoryPersistence();
    memory.create('h1', [TEXT]);
    let hang = false;
    const persistence: PersistenceAdapter = {
      fetch: (id) => memory.fetch(id),
      store: (id, payload) => (hang ? new Promise<void>(() => undefined) : memory.store(id, payload)),
    };
    server = await startTestServer({
      persistence,
      env: { COLLAB_STORE_DEBOUNCE_MS: '2000', COLLAB_STORE_MAX_WAIT_MS: '10000' },
    });
    const c = client('h1');
    await c.synced;
    hang = true;
    blockText(c.doc, 'text-1', 'markdown')!.insert(0, 'x');
    await waitFor(
      () => server!.server.liveProjection('h1')?.[0]?.content.markdown === 'xhello',
      5000,
      'edit',
    );
    // On a stopped clock: still waiting for storage 1 ms before its timeout, done once it passes.
    stopTheClock();
    let closed = false;
    const closing = server.server.close({ timeoutMs: 500 }).then(() => (closed = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(closed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settlesWithin(closing)).toBe('settled');
    vi.useRealTimers();
    expect(c.doc.getMap('blocks').size).toBe(1);
    expect(Y.encodeStateAsUpdate(c.doc).length).toBeGreaterThan(0);
  });
});
