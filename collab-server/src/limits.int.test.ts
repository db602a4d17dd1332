import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { stopRetryingOnTerminalClose, type CloseInfo } from '@tessera/canvas-model/collab';
import { addBlock, blockText, projectBlocks } from '@tessera/canvas-model';
import { HEARTBEAT_MESSAGE } from './rooms/messages.ts';
import {
  connectClient,
  nextClose,
  presenceBarrier,
  startTestServer,
  waitFor,
  type TestClient,
  type TestServer,
} from './testing/harness.ts';

const sqlBlock = { id: 'q', type: 'SQL', position: { x: 0, y: 0, w: 4, h: 3 }, content: { sql: 'select 1' } };

describe('limits and hygiene', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  const sockets: WebSocket[] = [];
  const connect = (token: string, options: Parameters<typeof connectClient>[3] = {}) => {
    const c = connectClient(server.url, 'lim', token, options);
    clients.push(c);
    return c;
  };
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    sockets.splice(0).forEach((s) => s.terminate());
    await server?.stop();
  });

  it('[L1] closes a client that sends a message over the limit with 1009, and the helper stops its retries', async () => {
    server = await startTestServer({ env: { COLLAB_MAX_MESSAGE_BYTES: '4096' } });
    server.persistence.create('lim', [sqlBlock]);
    const big = connect('editor-big', { connect: false });
    const other = connect('editor-other');
    const terminal: CloseInfo[] = [];
    stopRetryingOnTerminalClose(big.provider, (info) => terminal.push(info));
    big.provider.connect();
    await Promise.all([big.synced, other.synced]);
    blockText(big.doc, 'q', 'sql')!.insert(0, 'x'.repeat(10_000));
    await waitFor(() => terminal.length > 0);
    expect(terminal[0]!.code).toBe(1009);
    // Stopped in the close handler itself: the reconnect y-websocket schedules there finds
    // shouldConnect false and does nothing.
    expect(big.provider.shouldConnect).toBe(false);
    expect(big.provider.ws).toBeNull();
    // Nothing of the oversized message reached the document or the others: a client joining now
    // gets the server's document, and `other` has had everything the server sent before its presence.
    const late = connect('editor-late');
    await late.synced;
    expect(projectBlocks(late.doc)).toEqual([sqlBlock]);
    await presenceBarrier(late, other);
    expect(projectBlocks(other.doc)).toEqual([sqlBlock]);
  });

  it('[L2] refuses clients over the per-canvas limit with 4503 and lets them in when a place frees up', async () => {
    server = await startTestServer({ env: { COLLAB_MAX_CLIENTS_PER_CANVAS: '2' } });
    server.persistence.create('lim', [sqlBlock]);
    const a = connect('editor-a');
    const b = connect('editor-b');
    await Promise.all([a.synced, b.synced]);
    const c = connect('editor-c');
    expect((await nextClose(c.provider)).code).toBe(4503);
    expect(c.provider.shouldConnect).toBe(true);
    a.destroy();
    await c.synced;
    expect(projectBlocks(c.doc)).toEqual([sqlBlock]);
  });

  it('[L3] sends idle clients a heartbeat message, and terminates clients that stop answering pings', async () => {
    server = await startTestServer({ env: { COLLAB_HEARTBEAT_MS: '100' } });
    server.persistence.create('lim', [sqlBlock]);
    const received: Buffer[] = [];
    const idle = new WebSocket(`${server.url}/lim`, ['tessera.v1', 'viewer-idle']);
    const dead = new WebSocket(`${server.url}/lim`, ['tessera.v1', 'viewer-dead'], { autoPong: false });
    sockets.push(idle, dead);
    idle.on('message', (data: Buffer) => received.push(data));
    const deadClosed = new Promise<number>((resolve) => dead.on('close', (code: number) => resolve(code)));
    await new Promise((resolve) => idle.once('open', resolve));
    const heartbeats = () =>
      received.filter((m) => Buffer.compare(m, Buffer.from(HEARTBEAT_MESSAGE)) === 0).length;
    await waitFor(() => heartbeats() >= 3, 3000, 'heartbeats');
    expect(idle.readyState).toBe(WebSocket.OPEN);
    expect(await deadClosed).toBe(1006);
    expect(server.server.stats().connections).toBe(1);
  });

  it('[L3] a y-websocket client counts the heartbeat as traffic (its 30 s watchdog never fires)', async () => {
    server = await startTestServer({ env: { COLLAB_HEARTBEAT_MS: '100' } });
    server.persistence.create('lim', [sqlBlock]);
    const viewer = connect('viewer-v');
    await viewer.synced;
    // Three more refreshes of the watchdog's timestamp on a connection where nothing else happens.
    const seen = new Set([viewer.provider.wsLastMessageReceived]);
    await waitFor(
      () => seen.add(viewer.provider.wsLastMessageReceived).size > 3,
      10_000,
      'three heartbeats received',
    );
    expect(viewer.provider.awareness.getStates().size).toBe(1);
  });

  it('[A6] closes a client that sends malformed messages with 1007 and keeps serving the others', async () => {
    server = await startTestServer();
    server.persistence.create('lim', [sqlBlock]);
    const other = connect('editor-other');
    await other.synced;
    for (const garbage of [
      [0, 1, 200, 1],
      [1, 5, 3, 255, 255, 255],
      [0, 9],
      [1, 3, 1, 5, 200],
      [0, 0, 2, 1, 200],
    ]) {
      const ws = new WebSocket(`${server.url}/lim`, ['tessera.v1', 'editor-bad']);
      sockets.push(ws);
      await new Promise((resolve) => ws.once('open', resolve));
      const closed = new Promise<number>((resolve) => ws.once('close', (code: number) => resolve(code)));
      ws.send(Buffer.from(garbage));
      expect(await closed).toBe(1007);
    }
    blockText(other.doc, 'q', 'sql')!.insert(0, 'still ');
    await waitFor(() => server.server.liveProjection('lim')![0]!.content.sql === 'still select 1');
  });

  it('[L4] closes a client that stops reading once its backlog passes the limit, with 1013', async () => {
    server = await startTestServer({
      env: {
        COLLAB_MAX_BUFFERED_BYTES: String(64 * 1024),
        COLLAB_MAX_DOCUMENT_BYTES: String(32 * 1024 * 1024),
      },
    });
    server.persistence.create('lim', [sqlBlock]);
    const writer = connect('editor-writer');
    await writer.synced;
    const stalled = new WebSocket(`${server.url}/lim`, ['tessera.v1', 'viewer-stalled']);
    sockets.push(stalled);
    await new Promise((resolve) => stalled.once('open', resolve));
    const closed = new Promise<number>((resolve) => stalled.once('close', (code: number) => resolve(code)));
    (stalled as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
    // More than the kernel's loopback buffers can absorb, so the backlog builds up in the server;
    // each block stays within the per-block limit [L5], so every update is relayed.
    for (let i = 0; i < 110; i++) {
      addBlock(writer.doc, {
        id: `big-${i}`,
        type: 'TEXT',
        position: { x: 0, y: i + 1, w: 1, h: 1 },
        content: { markdown: 'y'.repeat(90_000) },
      });
    }
    // The server has applied (and relayed, checking the backlog at each send) every update.
    await waitFor(
      () => server.server.liveProjection('lim')?.length === 111,
      20_000,
      'every update at the server',
    );
    (stalled as unknown as { _socket: { resume(): void } })._socket.resume();
    expect(await closed).toBe(1013);
    expect(writer.provider.wsconnected).toBe(true);
  });
});
