import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyWebPath, staticWebRoute } from './static-web.ts';
import { serveRoutes, type RouteServer } from './testing/serve-routes.ts';

const INDEX = '<!doctype html><title>Tessera</title><div id="root"></div>';
const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
let dist: string;
let server: RouteServer;

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'tessera-web-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), INDEX);
  await writeFile(path.join(dist, 'favicon.svg'), '<svg/>');
  await writeFile(path.join(dist, 'assets', 'index-abc123.js'), 'export {};');
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
