import { request as httpRequest } from 'node:http';
import type { Route } from '@tessera/service-kit';

/**
 * Forwards plain HTTP paths (signed export and upload links) to the service that owns them,
 * streaming both ways. Only the listed prefixes pass; client credentials are not forwarded.
 */
export function proxyRoute(prefixes: string[], target: string): Route {
  const base = new URL(target);
  return (req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    if (!prefixes.some((prefix) => pathname.startsWith(`${prefix}/`))) return false;
    const { authorization: _auth, cookie: _cookie, host: _host, ...headers } = req.headers;
    const upstream = httpRequest(
      { hostname: base.hostname, port: base.port, method: req.method, path: req.url, headers },
      (response) => {
        res.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent)
        res
          .writeHead(502, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { code: 'UNAVAILABLE', message: 'Service unavailable' } }));
      else res.destroy();
    });
    req.pipe(upstream);
    return true;
  };
}
