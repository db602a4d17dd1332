import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.ts';

// The GraphiQL page exists once `npm run build:explorer -w @tessera/gateway` ran (npm start and the
// gateway image do); before that the gateway says how to build it. Both answers are checked.
const EXPLORER_BUILT = existsSync(
  fileURLToPath(new URL('../../gateway/explorer/dist/index.html', import.meta.url)),
);
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

let stack: Stack;
const at = (path: string) => new URL(path, stack.gatewayUrl).href;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

describe('gateway endpoints for browsers, partners and orchestrators', () => {
  it('GET /graphql from a browser is GraphiQL, served from our origin under a strict CSP', async () => {
    const response = await fetch(stack.gatewayUrl, { headers: { accept: BROWSER } });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
    if (EXPLORER_BUILT) {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const page = await response.text();
      const script = /<script type="module" crossorigin src="(\/graphiql\/assets\/[^"]+\.js)"/.exec(
        page,
      )?.[1];
      expect(script).toBeDefined();
      const asset = await fetch(at(script!));
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    } else {
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build:explorer -w @tessera/gateway');
    }
  });

  it('GraphQL over HTTP is unchanged: POST, and GET with a query and no HTML accept', async () => {
    const post = await stack.gql('{ __typename }');
    expect(post.data).toEqual({ __typename: 'Query' });
    const get = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    // A GET without the CSRF header is still refused, as before GraphiQL existed.
    const simple = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`);
    expect(simple.status).toBe(400);
  });

  it('GET /schema.graphql is the public SDL (schema/api.graphql)', async () => {
    const response = await fetch(at('/schema.graphql'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe(
      await readFile(fileURLToPath(new URL('../../schema/api.graphql', import.meta.url)), 'utf8'),
    );
  });

  it('unknown non-page paths answer 404, not the web app', async () => {
    for (const path of [
      '/foo.js',
      '/api/nope',
      '/schema.json',
      '/graphiql/assets/nope.js',
      '/docs/nope.md',
    ]) {
      const response = await fetch(at(path), { headers: { accept: BROWSER } });
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<div id="root">');
    }
  });

  it('/livez and /readyz answer as probes; readiness follows the subgraphs, liveness does not', async () => {
    expect((await fetch(at('/livez'))).status).toBe(200);
    const ready = await fetch(at('/readyz'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      components: { supergraph: { status: 'ok' }, accounts: { status: 'ok' } },
    });
    expect((await fetch(at('/health'))).status).toBe(200);

    await stack.stopAccounts();
    const notReady = await fetch(at('/readyz'));
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({
      status: 'not ready',
      components: { accounts: { status: 'down' } },
    });
    expect(await (await fetch(at('/livez'))).json()).toEqual({ status: 'ok' });
  });
});
