import { mkdtemp, mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { classifyWebPath, staticWebRoute } from './static-web.ts';
import { serveRoutes, type RouteServer } from './testing/serve-routes.ts';

const INDEX = '<!doctype html><title>Tessera</title><div id="root"></div>';
/** A chunk large enough to be worth compressing. */
const CHUNK = `export const rows = [${Array.from({ length: 2000 }, (_, i) => `{ id: ${i}, name: "row ${i}" }`).join(', ')}];`;
const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
let dist: string;
let server: RouteServer;

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'tessera-web-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), INDEX);
  await writeFile(path.join(dist, 'favicon.svg'), '<svg/>');
  await writeFile(path.join(dist, 'assets', 'index-abc123.js'), 'export {};');
  await writeFile(path.join(dist, 'assets', 'chunk-def456.js'), CHUNK);
  server = await serveRoutes([staticWebRoute(dist)]);
});
afterAll(async () => {
  await server.close();
  await rm(dist, { recursive: true, force: true });
});

describe('which paths are the web app', () => {
  it.each([
    '/',
    '/login',
    '/signup',
    '/signup/complete',
    '/usage',
    '/p/7f0c',
    '/p/7f0c/query',
    '/p/7f0c/data',
    '/p/7f0c/saved',
    '/p/7f0c/history',
    '/canvas/42',
    '/embed/eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl',
  ])('%s is a page of the app', (pathname) => {
    expect(classifyWebPath(pathname)).toBe('page');
  });

  it.each([
    '/foo.js',
    '/schema.json',
    '/api/nope',
    '/api',
    '/graphiql/x',
    '/docs/nope',
    '/assets/gone.js',
    '/wp-login.php',
    '/.env',
  ])('%s is not the app (404 from the gateway)', (pathname) => {
    expect(classifyWebPath(pathname)).toBe('not-ours');
  });

  it.each(['/settings', '/p', '/canvas', '/nothing/here'])('%s is a page nobody has', (pathname) => {
    expect(classifyWebPath(pathname)).toBe('not-found-page');
  });
});

describe('serving web/dist', () => {
  it('answers page routes with index.html', async () => {
    for (const pathname of ['/', '/login', '/p/1/data', '/embed/a.b.c']) {
      const response = await fetch(server.url(pathname), { headers: BROWSER });
      expect(response.status, pathname).toBe(200);
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('serves built files, hashed assets with immutable caching', async () => {
    const asset = await fetch(server.url('/assets/index-abc123.js'));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(server.url('/favicon.svg'))).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers 404, not the app, for unknown files and reserved prefixes, even from a browser', async () => {
    for (const pathname of ['/foo.js', '/schema.json', '/api/nope', '/assets/missing.js']) {
      const response = await fetch(server.url(pathname), { headers: BROWSER });
      expect(response.status, pathname).toBe(404);
      expect(await response.text(), pathname).not.toContain('<div id="root">');
    }
  });

  it('never serves a file outside web/dist', async () => {
    // fetch() would normalise the dot segments away; node:http sends the path as written.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      request(server.url('/..%2f..%2f..%2fetc%2fpasswd'), { headers: BROWSER }, (res) => {
        res.resume();
        resolve(res.statusCode);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(404);
  });

  it('gives a browser the app (which shows its not-found page) with status 404 for an unknown page', async () => {
    const page = await fetch(server.url('/settings'), { headers: BROWSER });
    expect(page.status).toBe(404);
    expect(await page.text()).toBe(INDEX);
    const api = await fetch(server.url('/settings'), { headers: { accept: 'application/json' } });
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({ error: 'Not found' });
  });
});

/** A GET as written (node:http: no automatic Accept-Encoding, no decoding). */
function raw(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('compression and revalidation', () => {
  it('compresses a text file for a client that accepts it (brotli first, then gzip), after its first request', async () => {
    const url = server.url('/assets/chunk-def456.js');
    // The first request starts the compression; the file goes out as it is meanwhile.
    expect((await raw(url, { 'accept-encoding': 'br, gzip' })).body.toString()).toBe(CHUNK);
    await vi.waitFor(async () => {
      expect((await raw(url, { 'accept-encoding': 'gzip, br' })).headers['content-encoding']).toBe('br');
    });
    const br = await raw(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers.vary).toBe('accept-encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(CHUNK.length / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(CHUNK);

    const gzip = await raw(url, { 'accept-encoding': 'br;q=0, gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(CHUNK);

    for (const headers of [{}, { 'accept-encoding': 'identity' }] as Record<string, string>[]) {
      const plain = await raw(url, headers);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(CHUNK);
    }
    // Each coding is its own representation, with its own validator.
    expect(new Set([br.headers.etag, gzip.headers.etag, (await raw(url)).headers.etag]).size).toBe(3);
  });

  it('leaves small files and images as they are', async () => {
    for (let i = 0; i < 3; i++) {
      const asset = await raw(server.url('/assets/index-abc123.js'), { 'accept-encoding': 'br, gzip' });
      expect(asset.headers['content-encoding']).toBeUndefined();
      expect(asset.body.toString()).toBe('export {};');
    }
  });

  it('answers an unchanged index.html with 304, and a rebuilt one in full', async () => {
    const first = await raw(server.url('/canvas/42'), BROWSER);
    expect(first.status).toBe(200);
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await raw(server.url('/canvas/7'), { ...BROWSER, 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['cache-control']).toBe('no-cache');

    // Another build writes a new index.html: the held copy is not served any more.
    const rebuilt = INDEX.replace('Tessera', 'Tessera 2');
    await writeFile(path.join(dist, 'index.html'), rebuilt);
    const later = new Date(Date.now() + 5_000);
    await utimes(path.join(dist, 'index.html'), later, later);
    const fresh = await raw(server.url('/canvas/42'), { ...BROWSER, 'if-none-match': etag });
    expect(fresh.status).toBe(200);
    expect(fresh.body.toString()).toBe(rebuilt);
    expect(fresh.headers.etag).not.toBe(etag);
    await writeFile(path.join(dist, 'index.html'), INDEX);
  });

  it('never answers an unknown page with 304', async () => {
    const first = await raw(server.url('/'), BROWSER);
    const page = await raw(server.url('/settings'), { ...BROWSER, 'if-none-match': first.headers.etag! });
    expect(page.status).toBe(404);
    expect(page.body.toString()).toBe(INDEX);
  });
});
