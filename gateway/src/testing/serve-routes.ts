import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Route } from '@tessera/service-kit';

export interface RouteServer {
  url(path: string): string;
  close(): Promise<void>;
}

/** Routes on a real node:http server (port 0), falling through to 404 as the gateway's service does. */
export async function serveRoutes(routes: Route[]): Promise<RouteServer> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      for (const route of routes) if (await route(req, res)) return;
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Not found' }));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
