import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Route } from '@tessera/service-kit';
import { FRAME_NONE, embedTokenOf, type EmbedPolicyLookup } from './embed-policy.ts';
import { WebFiles } from './web-files.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Paths the gateway (or nobody) answers: never the web app, even when nothing else handles them. */
const RESERVED_PREFIXES = [
  '/graphql',
  '/graphiql',
  '/schema.graphql',
  '/docs',
  '/health',
  '/livez',
  '/readyz',
  '/metrics',
  '/collab',
  '/export',
  '/exports',
  '/upload',
  '/internal',
  '/api',
  '/assets',
  // Short links (/s/<code>) are the gateway's (shared-links/short-links.ts), never the app.
  '/s',
];

/** Exact page routes of the web app (web/src/app.tsx). */
const PAGES = new Set(['/', '/login', '/signup', '/signup/complete', '/usage', '/members']);
/** Page routes with parameters below them (/p/<project>/…, /canvas/<id>, /embed/<token>). */
const PAGE_PREFIXES = ['/p/', '/canvas/', '/embed/', '/invite/'];

export type WebPathKind = 'page' | 'not-found-page' | 'not-ours';

const isReserved = (pathname: string) =>
  RESERVED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));

/**
 * What a GET of a path that is not a built file gets. The rule: the web app's page routes get
 * index.html (200); reserved API prefixes and anything with a file extension (`/foo.js`,
 * `/schema.json`) are not the web app (404 from the gateway); any other path is a page nobody has
 * (the app's "nothing lives here" page, 404). Page prefixes win over the extension rule: share
 * tokens under /embed/ contain dots.
 */
export function classifyWebPath(pathname: string): WebPathKind {
  if (
    PAGES.has(pathname) ||
    PAGE_PREFIXES.some((prefix) => pathname.startsWith(prefix) && pathname.length > prefix.length)
  )
    return 'page';
  if (isReserved(pathname)) return 'not-ours';
  if (/\.[^/]*$/.test(pathname.slice(pathname.lastIndexOf('/')))) return 'not-ours';
  return 'not-found-page';
}

/** Whether an If-None-Match header names `etag` (or is `*`). */
function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/**
 * Serves the built web app (web/dist): built files (hashed assets with long caching) and
 * index.html for the app's page routes; unknown paths are 404s (see classifyWebPath). Files come
 * from memory, brotli- or gzip-compressed when the client accepts it, with an ETag (web-files.ts).
 */
export function staticWebRoute(distDir: string, embedPolicy?: EmbedPolicyLookup): Route {
  const root = path.resolve(distDir);
  const files = new WebFiles();
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let pathname: string;
    try {
      pathname = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    } catch {
      return false;
    }
    // API paths never touch the disk; /assets/ are the app's own built files.
    if (isReserved(pathname) && !pathname.startsWith('/assets/')) return false;
    let file = path.resolve(root, `.${pathname}`);
    if (!file.startsWith(root + path.sep) && file !== root) return false;
    let info = await stat(file).catch(() => null);
    let status = 200;
    if (!info?.isFile()) {
      const kind = classifyWebPath(pathname);
      if (kind === 'not-ours') return false;
      if (kind === 'not-found-page') {
        if (!(req.headers.accept ?? '').includes('text/html')) return false;
        status = 404;
      }
      file = path.join(root, 'index.html');
      info = await stat(file).catch(() => null);
      if (!info?.isFile()) return false;
    }
    const immutable = pathname.startsWith('/assets/');
    const embedToken = embedTokenOf(pathname);
    // Who may frame an embed is the link's (or signed embed's) decision; without a lookup, nobody.
    const csp = embedToken ? (embedPolicy ? await embedPolicy.headerFor(embedToken) : FRAME_NONE) : null;
    const headers = {
      ...(csp ? { 'content-security-policy': csp } : {}),
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    const held = await files.get(file, info);
    if (!held) {
      res.writeHead(status, { ...headers, 'content-length': info.size });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
      return true;
    }
    const encoding = held.encodingFor(req.headers['accept-encoding']);
    const etag = held.etag(encoding);
    // index.html is revalidated on every open (no-cache): unchanged, it costs a 304.
    if (status === 200 && ifNoneMatch(req.headers['if-none-match'], etag)) {
      res.writeHead(304, { ...headers, etag, vary: 'accept-encoding' }).end();
      return true;
    }
    const body = held.body(encoding);
    res.writeHead(status, {
      ...headers,
      etag,
      vary: 'accept-encoding',
      ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
      'content-length': body.length,
    });
    if (req.method === 'HEAD') res.end();
    else res.end(body);
    return true;
  };
}
