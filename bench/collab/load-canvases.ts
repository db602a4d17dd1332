// Benchmark child: opens one bare connection per canvas (sync step 1, nothing else), so that a
// server process holds many loaded canvases. For the reference server, which has no storage, it
// also sends the 30-block fixture so that both servers hold the same documents.
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { fixtureState } from './fixture.ts';

export interface LoadStart {
  type: 'load';
  url: string;
  count: number;
  protocols: string[];
  pushFixture: boolean;
  concurrency: number;
}
export type LoadReply = { type: 'loaded'; ms: number; failed: number };

const sockets: WebSocket[] = [];

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function open(url: string, protocols: string[], pushFixture: boolean): Promise<boolean> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, protocols);
    sockets.push(ws);
    ws.once('open', () => {
      ws.send(message((e) => syncProtocol.writeSyncStep1(e, new Y.Doc())));
      if (pushFixture) ws.send(message((e) => syncProtocol.writeUpdate(e, fixtureState())));
    });
    // Tessera attaches a socket only once the canvas is loaded, so any message means "loaded".
    ws.once('message', () => resolve(true));
    ws.once('error', () => resolve(false));
    ws.once('close', () => resolve(false));
  });
}

process.on('message', async (start: LoadStart) => {
  const began = performance.now();
  let failed = 0;
  let next = 0;
  const lanes = Array.from({ length: start.concurrency }, async () => {
    while (next < start.count) {
      const i = next++;
      if (!(await open(`${start.url}/mem-${i}`, start.protocols, start.pushFixture))) failed++;
    }
  });
  await Promise.all(lanes);
  process.send!({ type: 'loaded', ms: performance.now() - began, failed } satisfies LoadReply);
});
process.on('disconnect', () => {
  for (const ws of sockets) ws.terminate();
  process.exit(0);
});
