import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRoutes, type RouteServer } from '../testing/serve-routes.ts';
import { shortLinkRoute } from './short-links.ts';

// The canvases route's HTTP contract (the real route runs in e2e/api/publish.int.test.ts).
const SECRET = 'internal-secret-'.repeat(3);
const CODE = 'Ab3dEf9hIj2K';
let canvases: Server;
let canvasesAnswer: { status: number; body: unknown } = { status: 200, body: { path: '/embed/h.p.s' } };
let gateway: RouteServer;

beforeAll(async () => {
  canvases = createServer((req, res) => {
    const ok = req.headers['x-internal-secret'] === SECRET && req.url === `/internal/short-links/${CODE}`;
    const answer = ok ? canvasesAnswer : { status: 404, body: {} };
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => canvases.listen(0, '127.0.0.1', resolve));
  const canvasesUrl = `http://127.0.0.1:${(canvases.address() as AddressInfo).port}/graphql`;
  gateway = await serveRoutes([shortLinkRoute({ canvasesUrl, internalSecret: SECRET })]);
});
afterAll(async () => {
  await gateway.close();
  await new Promise((resolve) => canvases.close(resolve));
});

const get = (path: string, accept = 'text/html') =>
  fetch(gateway.url(path), { headers: { accept }, redirect: 'manual' });

describe('GET /s/<code>', () => {
  it('redirects a valid short link to its embed, keeping ?block=, never cached', async () => {
    canvasesAnswer = { status: 200, body: { path: '/embed/h.p.s' } };
    const found = await get(`/s/${CODE}`);
    expect(found.status).toBe(302);
    expect(found.headers.get('location')).toBe('/embed/h.p.s');
    expect(found.headers.get('cache-control')).toBe('no-store');
    expect((await get(`/s/${CODE}?block=b-1`)).headers.get('location')).toBe('/embed/h.p.s?block=b-1');
    expect((await get(`/s/${CODE}?block=<x>`)).headers.get('location')).toBe('/embed/h.p.s');
  });

  it('answers an unknown, revoked or malformed code with a plain 404 page (not the app, no internals)', async () => {
    for (const path of ['/s/Zz9Zz9Zz9Zz9', '/s/short', '/s/', '/s/a/b', `/s/${CODE}x`]) {
      const page = await get(path);
      expect(page.status, path).toBe(404);
      const html = await page.text();
      expect(html).toContain('This link does not exist');
      expect(html).not.toMatch(/internal|127\.0\.0\.1|stack|<script/i);
    }
    const json = await get('/s/Zz9Zz9Zz9Zz9', 'application/json');
    expect(await json.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
  });

  it('never redirects anywhere but /embed/ and says so when canvases cannot answer', async () => {
    canvasesAnswer = { status: 200, body: { path: 'https://evil.example/phish' } };
    expect((await get(`/s/${CODE}`)).status).toBe(503);
    canvasesAnswer = { status: 500, body: {} };
    const down = await get(`/s/${CODE}`);
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('5');
  });
});
