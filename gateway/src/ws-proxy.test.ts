import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { websocketProxy } from './ws-proxy.ts';

const servers: Server[] = [];
const sockets: WebSocketServer[] = [];
afterEach(async () => {
  for (const wss of sockets.splice(0)) {
    for (const client of wss.clients) client.terminate();
    wss.close();
  }
  await Promise.all(
    servers.splice(0).map((s) => {
      s.closeAllConnections();
      return new Promise((resolve) => s.close(resolve));
    }),
  );
});

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

describe('websocketProxy', () => {
  it('forwards the path, the subprotocols and the messages both ways', async () => {
    const upstream = createServer();
    const wss = new WebSocketServer({
      server: upstream,
      handleProtocols: (protocols) => (protocols.has('tessera.v1') ? 'tessera.v1' : false),
    });
    sockets.push(wss);
    const seen: { url?: string; protocols?: string } = {};
    wss.on('connection', (ws, req) => {
      seen.url = req.url;
      seen.protocols = req.headers['sec-websocket-protocol'];
      ws.on('message', (data) => ws.send(`echo:${String(data)}`));
    });
    const upstreamPort = await listen(upstream);
    const gateway = createServer();
    const proxy = websocketProxy('/collab', `http://127.0.0.1:${upstreamPort}`);
    gateway.on('upgrade', (req, socket, head) => {
      if (!proxy(req, socket, head)) socket.destroy();
    });
    const port = await listen(gateway);

    const client = new WebSocket(`ws://127.0.0.1:${port}/collab/canvas-1`, ['tessera.v1', 'secret-token']);
    await new Promise((resolve, reject) => client.once('open', resolve).once('error', reject));
    expect(client.protocol).toBe('tessera.v1');
    const reply = new Promise<string>((resolve) => client.once('message', (data) => resolve(String(data))));
    client.send('hello');
    expect(await reply).toBe('echo:hello');
    expect(seen).toEqual({ url: '/collab/canvas-1', protocols: 'tessera.v1,secret-token' });
    client.close();
    await new Promise((resolve) => client.once('close', resolve));
  });

  it('leaves other paths to other handlers', () => {
    const proxy = websocketProxy('/collab', 'http://127.0.0.1:1');
    expect(proxy({ url: '/graphql' } as never, {} as never, Buffer.alloc(0))).toBe(false);
  });
});
