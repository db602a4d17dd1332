import { COLLAB_SUBPROTOCOL } from '@tessera/canvas-model/collab';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { adoptingWebSocket, EARLY_SUBPROTOCOL, EMPTY_SYNC_STEP_1 } from './early-socket';

/** A browser WebSocket's surface, enough for the adoption (Node has none). */
class FakeSocket extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static made: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  binaryType = 'blob';
  sent: unknown[] = [];
  constructor(
    readonly url: string,
    readonly protocols?: string | string[],
  ) {
    super();
    FakeSocket.made.push(this);
  }
  send(data: unknown) {
    this.sent.push(data);
  }
  close() {
    this.readyState = FakeSocket.CLOSED;
  }
}

const message = (data: string) => Object.assign(new Event('message'), { data });
const holder = globalThis as Record<string, unknown>;
const URL = 'ws://localhost/collab/c1';

beforeEach(() => {
  FakeSocket.made = [];
  holder.WebSocket = FakeSocket;
});
afterEach(() => {
  delete holder.WebSocket;
  delete holder.__tesseraEarlyCollabSocket;
});

describe('the early collab socket (index.html) and its adoption by the provider', () => {
  it("speaks the collab server's subprotocol and asks for the whole document", () => {
    expect(EARLY_SUBPROTOCOL).toBe(COLLAB_SUBPROTOCOL);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0); // y-websocket's messageSync
    syncProtocol.writeSyncStep1(encoder, new Y.Doc());
    expect([...encoding.toUint8Array(encoder)]).toEqual(EMPTY_SYNC_STEP_1);
  });

  it('hands the open socket to the provider with what arrived before, in order, then the live messages', async () => {
    const early = new FakeSocket(URL, [EARLY_SUBPROTOCOL, 'token']);
    early.readyState = FakeSocket.OPEN;
    holder.__tesseraEarlyCollabSocket = {
      url: URL,
      socket: early,
      events: [message('doc'), message('status')],
    };
    const Socket = adoptingWebSocket();
    const socket = new Socket(URL, ['x', 'y']);
    const seen: string[] = [];
    socket.onopen = () => seen.push('open');
    socket.onmessage = (e) => seen.push(String(e.data));
    expect(seen).toEqual([]); // nothing before the provider has subscribed
    await Promise.resolve();
    early.dispatchEvent(message('live'));
    expect(seen).toEqual(['open', 'doc', 'status', 'live']);
    socket.send('hello');
    expect(early.sent).toEqual(['hello']);
    expect(FakeSocket.made).toHaveLength(1);
    // A reconnection (or another canvas) gets a socket of its own.
    const again = new Socket(URL, ['x', 'y']) as unknown as FakeSocket;
    expect(FakeSocket.made).toHaveLength(2);
    expect(again.protocols).toEqual(['x', 'y']);
  });

  it('delivers the open when it happens, and ignores a socket that is already closed or to another canvas', async () => {
    const early = new FakeSocket(URL);
    holder.__tesseraEarlyCollabSocket = { url: URL, socket: early, events: [] };
    const socket = new (adoptingWebSocket())(URL);
    const seen: string[] = [];
    socket.onopen = () => seen.push('open');
    await Promise.resolve();
    expect(seen).toEqual([]);
    early.readyState = FakeSocket.OPEN;
    early.dispatchEvent(new Event('open'));
    expect(seen).toEqual(['open']);

    const closed = new FakeSocket(URL);
    closed.readyState = FakeSocket.CLOSED;
    holder.__tesseraEarlyCollabSocket = { url: URL, socket: closed, events: [] };
    expect(new (adoptingWebSocket())(URL)).not.toBe(closed);
    holder.__tesseraEarlyCollabSocket = {
      url: 'ws://localhost/collab/other',
      socket: new FakeSocket(URL),
      events: [],
    };
    new (adoptingWebSocket())(URL);
    expect(holder.__tesseraEarlyCollabSocket).toBeDefined();
  });
});
