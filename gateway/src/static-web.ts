import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Route } from '@tessera/service-kit';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2',
  '.map': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

/** Paths the gateway answers itself; everything else under GET is the single-page app. */
const API_PREFIXES = ['/graphql', '/health', '/metrics', '/collab', '/export', '/upload', '/internal'];

/**
 * Serves the built web app (web/dist): hashed assets with long caching, and index.html for every
 * other GET so client-side routes (/canvas/…, /embed/<token>) load the app.
 */
export function staticWebRoute(distDir: string): Route {
  const root = path.resolve(distDir);
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const pathname = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (API_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) return false;
    let file = path.resolve(root, `.${pathname}`);
    if (!file.startsWith(root)) return false;
    let info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      // Missing build assets are 404s; every other path is a client route (tokens contain dots).
      if (pathname.startsWith('/assets/') || /\.(js|css|map|png|svg|ico|woff2?)$/.test(pathname)) return false;
      file = path.join(root, 'index.html');
      info = await stat(file).catch(() => null);
      if (!info?.isFile()) return false;
    }
    const immutable = pathname.startsWith('/assets/');
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  };
}
