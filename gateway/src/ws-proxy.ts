import { request, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Forwards websocket upgrades under `prefix` (e.g. /collab) to another server, unchanged: same
 * path, same Sec-WebSocket-Protocol (the token travels there, never in the URL). Used when the
 * collab server runs as its own replicas (COLLAB_URL) instead of inside the gateway process.
 */
export function websocketProxy(prefix: string, target: string) {
  const base = new URL(target);
  return (req: IncomingMessage, socket: Duplex, head: Buffer): boolean => {
    if (!(req.url ?? '').startsWith(`${prefix}/`)) return false;
    const upstream = request({
      hostname: base.hostname,
      port: base.port || 80,
      path: req.url,
      method: 'GET',
      headers: { ...req.headers, host: base.host },
    });
    upstream.on('upgrade', (response, upstreamSocket, upstreamHead) => {
      const lines = [`HTTP/1.1 101 ${response.statusMessage ?? 'Switching Protocols'}`];
      for (let i = 0; i < response.rawHeaders.length; i += 2)
        lines.push(`${response.rawHeaders[i]}: ${response.rawHeaders[i + 1]}`);
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (upstreamHead.length > 0) socket.write(upstreamHead);
      if (head.length > 0) upstreamSocket.write(head);
      upstreamSocket.pipe(socket).pipe(upstreamSocket);
      const close = () => {
        upstreamSocket.destroy();
        socket.destroy();
      };
      upstreamSocket.on('error', close);
      socket.on('error', close);
      upstreamSocket.on('close', close);
      socket.on('close', close);
    });
    upstream.on('response', (response) => {
      socket.end(
        `HTTP/1.1 ${response.statusCode ?? 502} ${response.statusMessage ?? ''}\r\nconnection: close\r\n\r\n`,
      );
    });
    upstream.on('error', () => {
      socket.end('HTTP/1.1 502 Bad Gateway\r\nconnection: close\r\n\r\n');
    });
    upstream.end();
    return true;
  };
}
