import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface TcpForwarder {
  /** `target` with its host and port replaced by the forwarder's. */
  url: string;
  /** Bytes stop flowing both ways (a hung server or network) until `resume`. */
  pause(): void;
  resume(): void;
  /** Cuts every forwarded connection. */
  destroy(): void;
  /** Cuts every forwarded connection and stops listening. */
  close(): Promise<void>;
}

/**
 * A TCP forwarder on 127.0.0.1 (`port`, or a free one) to the host and port of `target` (a
 * database URL, say), for tests of what a client does when the server stalls or comes back.
 */
export async function tcpForwarder(target: URL, options: { port?: number } = {}): Promise<TcpForwarder> {
  let paused = false;
  const held: (() => void)[] = [];
  const sockets: Socket[] = [];
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.push(client, upstream);
    const pipe = (from: Socket, to: Socket) =>
      from.on('data', (chunk) => {
        if (paused) held.push(() => to.write(chunk));
        else to.write(chunk);
      });
    pipe(client, upstream);
    pipe(upstream, client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const url = new URL(target.href);
  url.host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const destroy = () => sockets.splice(0).forEach((s) => s.destroy());
  return {
    url: url.href,
    pause: () => (paused = true),
    resume: () => {
      paused = false;
      for (const flush of held.splice(0)) flush();
    },
    destroy,
    close: () => {
      destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
