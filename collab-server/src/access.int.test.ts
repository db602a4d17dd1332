import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { silentLogger } from '@tessera/logger';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from './config.ts';
import { MemoryPersistence } from './persistence/memory-persistence.ts';
import { createServer } from './server.ts';
import WebSocket from 'ws';
import type { Authorize } from './auth.ts';
import { stopRetryingOnTerminalClose, type CloseInfo } from '@tessera/canvas-model/collab';
import { projectBlocks } from '@tessera/canvas-model';
import { CloseCode } from '@tessera/canvas-model/collab';
import {
  connectClient,
  nextClose,
  startTestServer,
  testAuthorize,
  waitFor,
  type TestClient,
  type TestServer,
} from './testing/harness.ts';

const block = { id: 'q', type: 'SQL', position: { x: 0, y: 0, w: 4, h: 3 }, content: { sql: 'select 1' } };

describe('access', () => {
  let server: TestServer;
  let authorize: ReturnType<typeof vi.fn<Authorize>>;
  const clients: TestClient[] = [];

  async function start(env: Record<string, string> = {}) {
    authorize = vi.fn<Authorize>(testAuthorize);
    server = await startTestServer({ authorize, env });
    server.persistence.create('canvas1', [block]);
    return server;
  }

  function client(canvasId: string, token: string | null, options: Parameters<typeof connectClient>[3] = {}) {
    const c = connectClient(server.url, canvasId, token, options);
    clients.push(c);
    return c;
  }

  afterEach(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    await server?.stop();
  });

  it('[A1] selects tessera.v1 and takes the token from the subprotocol list, not the URL', async () => {
    await start();
    const ws = new WebSocket(`${server.url}/canvas1`, ['tessera.v1', 'editor-alice']);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    expect(ws.protocol).toBe('tessera.v1');
    expect(authorize).toHaveBeenCalledWith({ token: 'editor-alice', canvasId: 'canvas1' });
    ws.close();
    const c = client('canvas1', 'editor-alice');
    await c.synced;
    expect(c.provider.url).toBe(`${server.url}/canvas1`);
    expect(projectBlocks(c.doc)).toEqual([block]);
  });

  it.each([
    ['no token', 'canvas1', null, 4401],
    ['an invalid token', 'canvas1', 'garbage', 4401],
    ['a user without access', 'canvas1', 'outsider-eve', 4403],
    ['a canvas authorize does not know', 'unknown-1', 'editor-alice', 4404],
    ['a canvas storage does not know', 'missing', 'editor-alice', 4404],
    ['a malformed canvas id', 'bad%20id', 'editor-alice', 4404],
  ])(
    '[A3] closes with the named code for %s, and the client stops retrying',
    async (_what, canvasId, token, code) => {
      await start();
      const fetch = vi.spyOn(server.persistence, 'fetch');
      const c = client(canvasId, token);
      const closed = new Promise<{ code: number }>((resolve) =>
        c.provider.once('closed', (event: { code: number }) => resolve(event)),
      );
      expect((await closed).code).toBe(code);
      // One attempt only: y-websocket 3 treats 44xx as permanent and clears shouldConnect before the
      // 'closed' event, so the reconnect it scheduled does nothing.
      expect(server.server.stats().refused[code]).toBe(1);
      expect(c.provider.shouldConnect).toBe(false);
      expect(c.provider.ws).toBeNull();
      expect(c.doc.share.size).toBe(0);
      // [A2] nothing was loaded for a refused client (only the storage lookup itself for 'missing').
      if (code !== 4404 || canvasId !== 'missing') expect(fetch).not.toHaveBeenCalled();
    },
  );

  it('[A3] a client offering other subprotocols still reads 4401', async () => {
    await start();
    const c = client('canvas1', null, { protocols: ['graphql-ws'] });
    expect((await nextClose(c.provider)).code).toBe(4401);
  });

  it('[A3] stopRetryingOnTerminalClose stops a client whose own policy would retry', async () => {
    await start();
    const c = client('canvas1', 'garbage', { shouldReconnect: () => true, connect: false });
    const terminal: CloseInfo[] = [];
    stopRetryingOnTerminalClose(c.provider, (info) => terminal.push(info));
    c.provider.connect();
    await waitFor(() => terminal.length > 0);
    // The helper cleared shouldConnect in the close handler: the reconnect y-websocket scheduled
    // there (its own policy says retry) does nothing.
    expect(c.provider.shouldConnect).toBe(false);
    expect(c.provider.ws).toBeNull();
    expect(terminal).toEqual([{ code: 4401, reason: 'Invalid token', name: 'Unauthenticated' }]);
    expect(authorize).toHaveBeenCalledTimes(1);
  });

  it('[A3] without the helper such a client keeps retrying (the helper is what stops it)', async () => {
    await start();
    client('canvas1', 'garbage', { shouldReconnect: () => true });
    await waitFor(() => authorize.mock.calls.length >= 3, 5000, 'retries');
  });

  it('[A6][S14] a stopping server closes clients with 1001 (going away) and they reconnect to the next one', async () => {
    await start();
    const c = client('canvas1', 'editor-alice');
    await c.synced;
    const closed = nextClose(c.provider);
    await server.stop();
    expect((await closed).code).toBe(CloseCode.GoingAway);
    expect(c.provider.shouldConnect).toBe(true);
  });

  it('[A1] mounts on a host HTTP server through handleUpgrade, leaving other paths to the host', async () => {
    const persistence = new MemoryPersistence();
    persistence.create('mounted', [block]);
    const collab = createServer({
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      logger: silentLogger,
      authorize: testAuthorize,
      persistence,
    });
    await collab.start({ listen: false });
    const others: string[] = [];
    const host = createHttpServer((_req, res) => res.end('host'));
    host.on('upgrade', (req, socket, head) => {
      if (!collab.handleUpgrade(req, socket, head)) {
        others.push(req.url ?? '');
        socket.destroy();
      }
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    try {
      const base = `ws://127.0.0.1:${(host.address() as AddressInfo).port}`;
      const c = connectClient(`${base}/collab`, 'mounted', 'editor-alice');
      clients.push(c);
      await c.synced;
      expect(projectBlocks(c.doc)).toEqual([block]);
      const graphqlWs = new WebSocket(`${base}/graphql`, ['graphql-transport-ws']);
      await new Promise((resolve) => graphqlWs.once('error', resolve));
      expect(others).toEqual(['/graphql']);
    } finally {
      clients.splice(0).forEach((c) => c.destroy());
      await collab.stop();
      await new Promise((resolve) => host.close(resolve));
    }
  });
});
