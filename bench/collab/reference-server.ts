// Benchmark child: the reference y-websocket server, @y/websocket-server 0.1.1, wired exactly as
// its src/server.js does (its own `ws` version, no auth, no persistence), plus IPC for run.ts.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { docs, setupWSConnection } from '@y/websocket-server/utils';
import { serveIpc } from './ipc.ts';

const require = createRequire(import.meta.resolve('@y/websocket-server/package.json'));
const WebSocket = require('ws') as { Server: new (options: { noServer: boolean }) => ReferenceWss };
interface ReferenceWss {
  handleUpgrade(req: unknown, socket: unknown, head: unknown, callback: (ws: unknown) => void): void;
  emit(event: string, ...args: unknown[]): void;
  on(event: string, listener: (...args: never[]) => void): void;
}

const wss = new WebSocket.Server({ noServer: true });
const server = createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('okay');
});
wss.on('connection', setupWSConnection);
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
serveIpc(
  (server.address() as AddressInfo).port,
  () => docs.size,
  async () => undefined,
);
