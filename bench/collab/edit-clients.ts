// Benchmark child: hosts some of the editing clients (real y-websocket WebsocketProviders) and
// measures, for every edit of every other client, the time until it is visible here.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { blockText } from '@tessera/canvas-model';
import { TYPING_BLOCK, fixtureState } from './fixture.ts';

export interface EditWorkerStart {
  type: 'start';
  url: string;
  room: string;
  /** Subprotocols ([] for the reference server). */
  protocols: string[];
  clientIndexes: number[];
  editsPerSecond: number;
  presencePerSecond: number;
}
export interface EditWorkerGo {
  type: 'go';
  /** Monotonic clock (ms, shared by every process of the machine). */
  startAt: number;
  warmupMs: number;
  durationMs: number;
}
/** [writer, seq, receiver, latencyMicros] per observed edit. */
export type Sample = [number, number, number, number];
export type EditWorkerReply =
  { type: 'synced' } | { type: 'done'; samples: Sample[]; edits: number; cpuMs: number; lagMaxMs: number };

// Every WebsocketProvider adds a process 'exit' listener.
process.setMaxListeners(0);

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;
const TOKEN = /~(\d+)\.(\d+)\.(\d+)~/g;

interface Client {
  index: number;
  doc: Y.Doc;
  provider: WebsocketProvider;
  seq: number;
  /** This client's tokens still in the text, oldest first. */
  live: string[];
}

/** Each client keeps its last few tokens: the text stays the size of a real query. */
const KEEP_TOKENS = 4;

let clients: Client[] = [];
let config: EditWorkerStart;
const samples: Sample[] = [];
let window = { from: Infinity, to: Infinity };

process.on('message', (message: EditWorkerStart | EditWorkerGo) => {
  if (message.type === 'start') void start(message);
  else void go(message);
});
process.on('disconnect', () => {
  for (const c of clients) c.provider.destroy();
  process.exit(0);
});

async function start(message: EditWorkerStart): Promise<void> {
  config = message;
  clients = message.clientIndexes.map((index) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, fixtureState());
    const provider = new WebsocketProvider(message.url, message.room, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      protocols: message.protocols,
      disableBc: true,
    });
    blockText(doc, TYPING_BLOCK, 'sql')!.observe((event, transaction) => {
      if (transaction.local) return;
      const receivedAt = nowMs();
      for (const op of event.delta) {
        if (typeof op.insert !== 'string') continue;
        for (const match of op.insert.matchAll(TOKEN)) {
          const sentAt = Number(match[3]) / 1000;
          if (sentAt < window.from || sentAt > window.to) continue;
          samples.push([Number(match[1]), Number(match[2]), index, Math.round((receivedAt - sentAt) * 1000)]);
        }
      }
    });
    return { index, doc, provider, seq: 0, live: [] };
  });
  await Promise.all(
    clients.map(
      (c) =>
        new Promise<void>((resolve) =>
          c.provider.synced ? resolve() : c.provider.once('sync', () => resolve()),
        ),
    ),
  );
  process.send!({ type: 'synced' } satisfies EditWorkerReply);
}

async function go(message: EditWorkerGo): Promise<void> {
  samples.length = 0;
  window = {
    from: message.startAt + message.warmupMs,
    to: message.startAt + message.warmupMs + message.durationMs,
  };
  const end = window.to;
  await sleepUntil(message.startAt);
  const cpuStart = process.cpuUsage();
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  let edits = 0;
  const interval = 1000 / config.editsPerSecond;
  const loops = clients.map(async (client, i) => {
    // Spread the clients over the interval, then keep a steady rate with a little jitter.
    let next = message.startAt + (interval * (i + client.index * 0.37)) / clients.length;
    let nextPresence = next + Math.random() * 1000;
    const text = blockText(client.doc, TYPING_BLOCK, 'sql')!;
    while (next < end) {
      await sleepUntil(next);
      const token = `~${client.index}.${client.seq++}.${Math.round(nowMs() * 1000)}~\n`;
      // Typing and deleting in one transaction, as an editor does when replacing a selection.
      client.doc.transact(() => {
        if (client.live.length >= KEEP_TOKENS) {
          const oldest = client.live.shift()!;
          const at = text.toString().indexOf(oldest);
          if (at >= 0) text.delete(at, oldest.length);
        }
        text.insert(randomBoundary(text.toString()), token);
      });
      client.live.push(token);
      if (nowMs() >= window.from) edits++;
      if (config.presencePerSecond > 0 && nowMs() >= nextPresence) {
        client.provider.awareness.setLocalStateField('cursor', { blockId: TYPING_BLOCK, index: client.seq });
        nextPresence += 1000 / config.presencePerSecond;
      }
      next += interval * (0.8 + Math.random() * 0.4);
    }
  });
  await Promise.all(loops);
  // Let the last edits arrive.
  await sleepUntil(end + 1000);
  lag.disable();
  const cpu = process.cpuUsage(cpuStart);
  process.send!({
    type: 'done',
    samples: [...samples],
    edits,
    cpuMs: (cpu.user + cpu.system) / 1000,
    lagMaxMs: lag.max / 1e6,
  } satisfies EditWorkerReply);
}

function randomBoundary(current: string): number {
  // After a newline (every token ends with one), so that receivers can parse every token whole.
  if (current.length === 0 || Math.random() < 0.3) return current.length;
  const from = Math.floor(Math.random() * current.length);
  const next = current.indexOf('\n', from);
  return next < 0 ? current.length : next + 1;
}

function sleepUntil(at: number): Promise<void> {
  const wait = at - nowMs();
  return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve();
}
