import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Route } from '@tessera/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER_CSP, explorerRoute, prefersHtml } from './explorer.ts';
import { serveRoutes, type RouteServer } from './testing/serve-routes.ts';

const PAGE =
  '<!doctype html><title>Tessera API explorer</title><script type="module" src="/graphiql/assets/index-1a2b.js"></script>';
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
let built: string;
let server: RouteServer;
let unbuilt: RouteServer;

beforeAll(async () => {
  built = await mkdtemp(path.join(tmpdir(), 'tessera-explorer-'));
  await mkdir(path.join(built, 'assets'));
  await writeFile(path.join(built, 'index.html'), PAGE);
  await writeFile(path.join(built, 'assets', 'index-1a2b.js'), 'console.log(1);');
  await writeFile(path.join(built, 'assets', 'codicon-9z.ttf'), 'font');
  // Behind the explorer, what /graphql answered before it existed.
  const graphqlStandIn: Route = (req, res) => {
    if (!req.url?.startsWith('/graphql?') && req.url !== '/graphql') return false;
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"__typename":"Query"}}');
    return true;
  };
  server = await serveRoutes([explorerRoute(built), graphqlStandIn]);
  unbuilt = await serveRoutes([explorerRoute(path.join(built, 'missing'))]);
});
afterAll(async () => {
  await server.close();
  await unbuilt.close();
  await rm(built, { recursive: true, force: true });
});

describe('prefersHtml', () => {
  it.each([
    ['text/html', true],
    [BROWSER, true],
    ['text/html, application/json', true],
    ['application/json, text/html', false],
    ['application/graphql-response+json, application/json;q=0.9', false],
    ['*/*', false],
    ['', false],
  ])('%j → %s', (accept, expected) => {
    expect(prefersHtml(accept)).toBe(expected);
  });
});

describe('GraphiQL at GET /graphql', () => {
  it('gives a browser the GraphiQL page with a strict content security policy', async () => {
    const response = await fetch(server.url('/graphql'), { headers: { accept: BROWSER } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(PAGE);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(EXPLORER_CSP);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('leaves GraphQL requests to the GraphQL handler: JSON accept, POST, and GET with a query', async () => {
    const json = await fetch(server.url('/graphql?query=%7B__typename%7D'), {
      headers: { accept: 'application/json' },
    });
    expect(await json.json()).toEqual({ data: { __typename: 'Query' } });
    const withQuery = await fetch(server.url('/graphql?query=%7B__typename%7D'), {
      headers: { accept: BROWSER },
    });
    expect(withQuery.headers.get('content-type')).toBe('application/json');
    const post = await fetch(server.url('/graphql'), {
      method: 'POST',
      headers: { accept: BROWSER, 'content-type': 'application/json' },
      body: '{"query":"{__typename}"}',
    });
    expect(post.headers.get('content-type')).toBe('application/json');
  });

  it('serves the built assets from our origin with immutable caching', async () => {
    const script = await fetch(server.url('/graphiql/assets/index-1a2b.js'));
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(server.url('/graphiql/assets/codicon-9z.ttf'))).headers.get('content-type')).toBe(
      'font/ttf',
    );
  });

  it('answers 404 for assets that do not exist or leave the assets folder', async () => {
    for (const pathname of [
      '/graphiql/assets/nope.js',
      '/graphiql/assets/..%2findex.html',
      '/graphiql/index.html',
    ]) {
      expect((await fetch(server.url(pathname))).status, pathname).toBe(404);
    }
  });

  it('says how to build it when the page was not built, instead of failing silently', async () => {
    const response = await fetch(unbuilt.url('/graphql'), { headers: { accept: 'text/html' } });
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build:explorer -w @tessera/gateway');
  });
});
