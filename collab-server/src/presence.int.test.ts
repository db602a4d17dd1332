import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  connectClient,
  presenceBarrier,
  startTestServer,
  waitFor,
  type TestClient,
  type TestServer,
} from './testing/harness.ts';

describe('presence', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  const connect = (token: string) => {
    const c = connectClient(server.url, 'p', token);
    clients.push(c);
    return c;
  };
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    await server?.stop();
  });

  it('[P2] stamps the real identity: a client cannot pose as someone else', async () => {
    server = await startTestServer();
    server.persistence.create('p');
    const mallory = connect('editor-mallory');
    const bob = connect('editor-bob');
    await Promise.all([mallory.synced, bob.synced]);
    mallory.provider.awareness.setLocalState({
      user: { id: 'ceo', name: 'The CEO', color: '#fff' },
      cursor: { blockId: 'b1' },
    });
    await waitFor(() => bob.provider.awareness.getStates().get(mallory.doc.clientID)?.cursor !== undefined);
    const seen = bob.provider.awareness.getStates().get(mallory.doc.clientID)!;
    expect(seen.user).toEqual({
      id: 'mallory',
      name: 'User mallory',
      color: expect.stringMatching(/^#[0-9a-f]{6}$/),
      readOnly: false,
    });
    expect(seen.cursor).toEqual({ blockId: 'b1' });
  });

  it('[P3] a client cannot overwrite or remove the presence of another client', async () => {
    server = await startTestServer();
    server.persistence.create('p');
    const alice = connect('editor-alice');
    const mallory = connect('editor-mallory');
    const bob = connect('editor-bob');
    await Promise.all([alice.synced, mallory.synced, bob.synced]);
    alice.provider.awareness.setLocalStateField('cursor', 'alice-here');
    await waitFor(() => bob.provider.awareness.getStates().get(alice.doc.clientID)?.cursor === 'alice-here');
    // Mallory forges an awareness entry for alice's client id with a huge clock, then a removal.
    const { encodeAwarenessUpdate, Awareness } = await import('y-protocols/awareness');
    const forged = new Awareness(mallory.doc);
    forged.clientID = alice.doc.clientID;
    forged.setLocalState({ cursor: 'forged' });
    for (let i = 0; i < 50; i++) forged.setLocalState({ cursor: 'forged' });
    const { MESSAGE_AWARENESS, encodeAwarenessMessage } = await import('./rooms/messages.ts');
    expect(MESSAGE_AWARENESS).toBe(1);
    mallory.provider.ws!.send(encodeAwarenessMessage(encodeAwarenessUpdate(forged, [alice.doc.clientID])));
    forged.setLocalState(null);
    mallory.provider.ws!.send(encodeAwarenessMessage(encodeAwarenessUpdate(forged, [alice.doc.clientID])));
    forged.destroy();
    await presenceBarrier(mallory, bob); // the server has handled the forged messages by now
    expect(bob.provider.awareness.getStates().get(alice.doc.clientID)?.cursor).toBe('alice-here');
  });

  it('[P4] clears presence when a client disconnects', async () => {
    server = await startTestServer();
    server.persistence.create('p');
    const alice = connect('editor-alice');
    const bob = connect('editor-bob');
    await Promise.all([alice.synced, bob.synced]);
    alice.provider.awareness.setLocalStateField('cursor', 1);
    await waitFor(() => bob.provider.awareness.getStates().has(alice.doc.clientID));
    // Kill the socket without the goodbye message a polite client would send.
    (alice.provider.ws as unknown as { terminate(): void }).terminate();
    alice.provider.shouldConnect = false;
    await waitFor(
      () => !bob.provider.awareness.getStates().has(alice.doc.clientID),
      3000,
      'presence removal',
    );
  });

  it('[P5] throttles a burst of presence changes', async () => {
    server = await startTestServer({ env: { COLLAB_PRESENCE_THROTTLE_MS: '100' } });
    server.persistence.create('p');
    const alice = connect('editor-alice');
    const bob = connect('editor-bob');
    await Promise.all([alice.synced, bob.synced]);
    let updates = 0;
    bob.provider.awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }) => {
      const barrier = bob.provider.awareness.getStates().get(alice.doc.clientID)?.barrier !== undefined;
      if (added.concat(updated).includes(alice.doc.clientID) && !barrier) updates++;
    });
    for (let i = 0; i < 100; i++) alice.provider.awareness.setLocalStateField('cursor', i);
    await waitFor(() => bob.provider.awareness.getStates().get(alice.doc.clientID)?.cursor === 99);
    // Every broadcast of the burst has reached bob once the next presence change of alice has
    // (the barrier's own broadcast is not counted).
    await presenceBarrier(alice, bob);
    // 100 changes sent in one burst arrive as a handful of broadcasts.
    expect(updates).toBeLessThanOrEqual(10);
  });

  it('[P1] presence is never stored with the document', async () => {
    server = await startTestServer({
      env: { COLLAB_STORE_DEBOUNCE_MS: '50', COLLAB_STORE_MAX_WAIT_MS: '100' },
    });
    server.persistence.create('p', [
      { id: 'q', type: 'SQL', position: { x: 0, y: 0, w: 1, h: 1 }, content: { sql: 'x' } },
    ]);
    const alice = connect('editor-alice');
    const bob = connect('editor-bob');
    await Promise.all([alice.synced, bob.synced]);
    alice.provider.awareness.setLocalStateField('cursor', { blockId: 'q', marker: 'PRESENCE-ONLY' });
    await waitFor(() => bob.provider.awareness.getStates().get(alice.doc.clientID)?.cursor !== undefined);
    (alice.doc.getMap('blocks').get('q') as Y.Map<Y.Map<unknown>>).get('content')!.set('title', 'edited');
    await waitFor(() => server.persistence.get('p')!.projection[0]?.content.title === 'edited');
    const stored = server.persistence.get('p')!;
    expect(Buffer.from(stored.state!).toString('latin1')).not.toContain('PRESENCE-ONLY');
    expect(JSON.stringify(stored.projection)).not.toContain('PRESENCE-ONLY');
  });
});
