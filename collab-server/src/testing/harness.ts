// Test helpers: a collab server on port 0 and real y-websocket clients. Not shipped.
import { silentLogger, type Logger } from '@tessera/logger';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Authorize } from '../auth.ts';
import { loadConfig } from '../config.ts';
import { CloseCode } from '@tessera/canvas-model/collab';
import { MemoryPersistence } from '../persistence/memory-persistence.ts';
import type { PersistenceAdapter, StorePayload } from '../persistence/types.ts';
import { createServer, type CollabServer } from '../server.ts';

// Every WebsocketProvider adds a process 'exit' listener; 20+ clients in one test are expected.
process.setMaxListeners(Math.max(process.getMaxListeners(), 200));

/**
 * Test tokens: `editor-<id>` read-write, `viewer-<id>` read-only (VIEWER), `share-<id>` read-only
 * (share link), `outsider-<id>` 4403; anything else 4401. `unknown` canvas ids answer 4404.
 */
export const testAuthorize: Authorize = async ({ token, canvasId }) => {
  if (canvasId.startsWith('unknown'))
    return { ok: false, code: CloseCode.UnknownCanvas, reason: 'Unknown canvas' };
  const match = /^(editor|viewer|share|outsider)-([\w-]+)$/.exec(token);
  if (!match) return { ok: false, code: CloseCode.Unauthenticated, reason: 'Invalid token' };
  const [, kind, id] = match as unknown as [string, string, string];
  if (kind === 'outsider') return { ok: false, code: CloseCode.Forbidden, reason: 'Not a member' };
  if (kind === 'share') return { ok: true, user: { id: `share:${id}`, name: 'Guest' }, access: 'read-only' };
  return {
    ok: true,
    user: { id, name: `User ${id}` },
    access: kind === 'editor' ? 'read-write' : 'read-only',
  };
};

/**
 * MemoryPersistence that also counts the stores the server attempted and that failed (while
 * `storeError` is set), so a test can wait for "it tried and failed" instead of waiting a while.
 */
export class TestPersistence extends MemoryPersistence {
  failedStores = 0;

  override async store(canvasId: string, payload: StorePayload): Promise<void> {
    try {
      await super.store(canvasId, payload);
    } catch (error) {
      this.failedStores++;
      throw error;
    }
  }
}

export interface TestServer {
  server: CollabServer;
  url: string;
  /** The default storage of startTestServer (any other `persistence` option is cast). */
  persistence: TestPersistence;
  stop(): Promise<void>;
}

export async function startTestServer(
  options: {
    env?: Record<string, string>;
    persistence?: PersistenceAdapter;
    authorize?: Authorize;
    redis?: { url: string; channelPrefix?: string };
    logger?: Logger;
  } = {},
): Promise<TestServer> {
  const persistence = options.persistence ?? new TestPersistence();
  const config = loadConfig({ COLLAB_PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...options.env });
  const server = createServer({
    config,
    logger: options.logger ?? silentLogger,
    authorize: options.authorize ?? testAuthorize,
    persistence,
    ...(options.redis ? { redis: options.redis } : {}),
  });
  const { url } = await server.start();
  return { server, url, persistence: persistence as TestPersistence, stop: () => server.stop() };
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves on the first sync with the server. */
  synced: Promise<void>;
  destroy(): void;
}

export function connectClient(
  url: string,
  canvasId: string,
  token: string | null,
  options: {
    doc?: Y.Doc;
    connect?: boolean;
    protocols?: string[];
    shouldReconnect?: (event: { code: number }) => boolean;
  } = {},
): TestClient {
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(url, canvasId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    protocols: options.protocols ?? (token === null ? [] : ['tessera.v1', token]),
    // Node 20 has a global BroadcastChannel: without this, clients in one process would sync
    // through it and bypass the server.
    disableBc: true,
    maxBackoffTime: 300,
    connect: options.connect ?? true,
    ...(options.shouldReconnect ? { shouldReconnect: options.shouldReconnect } : {}),
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once('sync', (state: boolean) => state && resolve());
  });
  return {
    doc,
    provider,
    synced,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function waitFor(
  predicate: () => boolean,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let barriers = 0;
/**
 * Resolves once `to` sees a presence change `from` made after everything it sent before: a server
 * handles one connection's messages in order (and relays through Redis in order), so by then it
 * has applied or dropped every earlier message of `from`. For "this never arrives" checks,
 * instead of waiting a while.
 */
export async function presenceBarrier(from: TestClient, to: TestClient, timeoutMs = 10_000): Promise<void> {
  const mark = ++barriers;
  from.provider.awareness.setLocalStateField('barrier', mark);
  await waitFor(
    () => to.provider.awareness.getStates().get(from.doc.clientID)?.barrier === mark,
    timeoutMs,
    'the presence barrier',
  );
}

/** Resolves with the first close event the provider gets from the server. */
export function nextClose(provider: WebsocketProvider): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    const handler = (event: { code: number; reason: string } | null) => {
      if (!event) return;
      provider.off('connection-close', handler);
      resolve({ code: event.code, reason: event.reason });
    };
    provider.on('connection-close', handler);
  });
}
