import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Route } from '@tessera/service-kit';

/** Where `npm run build:explorer -w @tessera/gateway` writes the GraphiQL page (explorer/vite.config.ts). */
export const DEFAULT_EXPLORER_DIR = fileURLToPath(new URL('../explorer/dist', import.meta.url));

/** The URL prefix of the page's assets (vite `base`). */
export const EXPLORER_ASSETS = '/graphiql/assets/';

/**
 * Every script, worker and font from our origin; Monaco sets inline styles and
 * graphiql's stylesheet embeds its fonts as data: URLs, so those two allow them.
 * 'self' in connect-src covers same-origin ws/wss (subscriptions) in CSP Level 3 browsers.
 */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': EXPLORER_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/**
 * True when the client asks for a page rather than a GraphQL result: text/html is accepted and comes
 * before any JSON or GraphQL response type (browsers navigating; `curl -H 'accept: text/html'`).
 */
export function prefersHtml(accept: string | undefined): boolean {
  const types = (accept ?? '').split(',').map((part) => part.split(';')[0]!.trim().toLowerCase());
  const html = types.indexOf('text/html');
  if (html === -1) return false;
  const json = types.findIndex(
    (type) => type === 'application/json' || type === 'application/graphql-response+json',
  );
  return json === -1 || html < json;
}

/**
 * GraphiQL for browsers: GET /graphql asking for HTML (and carrying no `query` parameter, which
 * stays a GraphQL-over-HTTP GET) gets the page; its hashed assets live under /graphiql/assets/.
 */
export function explorerRoute(dir: string = DEFAULT_EXPLORER_DIR): Route {
  const root = path.resolve(dir);
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = new URL(req.url ?? '/', 'http://gateway');
    if (url.pathname === '/graphql') {
      if (!prefersHtml(req.headers.accept) || url.searchParams.has('query')) return false;
      return servePage(req, res, path.join(root, 'index.html'));
    }
    if (!url.pathname.startsWith(EXPLORER_ASSETS)) return false;
    const name = url.pathname.slice(EXPLORER_ASSETS.length);
    // Hashed file names only: no sub-folders, no dot segments.
    if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) return false;
    const file = path.join(root, 'assets', name);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return false;
    res.writeHead(200, {
      'content-type': TYPES[path.extname(name)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  };
}

async function servePage(req: IncomingMessage, res: ServerResponse, file: string): Promise<boolean> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    const text =
      'The GraphiQL explorer is not built on this deployment (npm run build:explorer -w @tessera/gateway).\n';
    res.writeHead(503, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      ...SECURITY_HEADERS,
    });
    res.end(req.method === 'HEAD' ? undefined : text);
    return true;
  }
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': info.size,
    'cache-control': 'no-cache',
    vary: 'accept',
    ...SECURITY_HEADERS,
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
  return true;
}
