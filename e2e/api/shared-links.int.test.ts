import { randomInt } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';

// Short link URLs and the per-IP limit of the anonymous paths (sharedCanvas, runSharedBlock,
// /embed/<token>, /s/<code>) through the real gateway and canvases service.
const LIMIT = 6;
const INDEX = '<!doctype html><title>Tessera</title><div id="root"></div>';
let stack: Stack;
let owner: SignedUpUser;
let origin: string;

beforeAll(async () => {
  const webDist = mkdtempSync(path.join(tmpdir(), 'tessera-web-'));
  writeFileSync(path.join(webDist, 'index.html'), INDEX);
  stack = await startStack(
    {},
    {
      gateway: {
        WEB_DIST_DIR: webDist,
        TRUST_PROXY: 'true',
        SHARED_LINK_RATE_LIMIT_PER_MINUTE: String(LIMIT),
        RATE_LIMIT_WINDOW_SECONDS: '60',
      },
    },
  );
  origin = new URL(stack.gatewayUrl).origin;
  owner = await signUp(stack, 'shortener');
}, 180_000);
afterAll(() => stack?.stop());

/** A client address no other test uses (the gateway trusts X-Forwarded-For here). */
const freshIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

function data<T>(result: GraphQLResult<T>): T {
  if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}
const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
  stack.gql<T>(query, variables, owner.accessToken);

async function publishedLink() {
  const canvasId = data(
    await gql<{ createCanvas: { id: string } }>(
      'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
      {
        i: { projectId: owner.projectId, name: 'Short' },
      },
    ),
  ).createCanvas.id;
  data(
    await gql('mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }', {
      i: { canvasId, type: 'TEXT', position: { x: 0, y: 0, w: 6, h: 2 }, content: { markdown: 'Hello' } },
    }),
  );
  data(
    await gql('mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { version } }', {
      i: { canvasId },
    }),
  );
  return data(
    await gql<{ createShareLink: { id: string; token: string; url: string; shortUrl: string } }>(
      'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { id token url shortUrl } }',
      { i: { canvasId } },
    ),
  ).createShareLink;
}

const SHARED = 'query($t: String!) { sharedCanvas(token: $t) { id published } }';
function sharedAs(ip: string, token: string) {
  return fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ query: SHARED, variables: { t: token } }),
  });
}
const page = (pathname: string, ip: string) =>
  fetch(`${origin}${pathname}`, {
    headers: { accept: 'text/html', 'x-forwarded-for': ip },
    redirect: 'manual',
  });

describe('short link URLs through the gateway', () => {
  it('/s/<code> redirects to the embed while the link is valid, then answers a plain 404 page', async () => {
    const link = await publishedLink();
    const code = new URL(link.shortUrl).pathname.slice('/s/'.length);
    expect(code).toMatch(/^[0-9A-Za-z]{12}$/);

    const ip = freshIp();
    const found = await page(`/s/${code}`, ip);
    expect(found.status).toBe(302);
    const location = found.headers.get('location')!;
    expect(location).toBe(`/embed/${link.token}`);
    const embed = await page(location, ip);
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    expect((await page(`/s/${code}?block=b1`, ip)).headers.get('location')).toBe(
      `/embed/${link.token}?block=b1`,
    );

    const unknown = await page('/s/Zz9Zz9Zz9Zz9', ip);
    expect(unknown.status).toBe(404);
    const unknownHtml = await unknown.text();
    expect(unknownHtml).toContain('This link does not exist');
    expect(unknownHtml).not.toContain('<div id="root">');

    data(await gql('mutation($id: ID!) { revokeShareLink(id: $id) }', { id: link.id }));
    const revoked = await page(`/s/${code}`, ip);
    expect(revoked.status).toBe(404);
    expect(await revoked.text()).not.toContain(link.token);
  });
});

describe('the per-IP limit of the anonymous paths', () => {
  it('sharedCanvas over the budget → RATE_LIMITED with 429 and a retry hint; other addresses pass; /embed and /s share it', async () => {
    const link = await publishedLink();
    // Windows are fixed (60 s, aligned): start well inside one, so the budget cannot renew mid-test.
    const probe = await sharedAs(freshIp(), link.token);
    const left = Number(probe.headers.get('x-ratelimit-reset'));
    if (left < 15) await new Promise((resolve) => setTimeout(resolve, (left + 1) * 1000));
    const ip = freshIp();
    for (let i = 0; i < LIMIT; i++) {
      const ok = await sharedAs(ip, link.token);
      expect(ok.status, `request ${i + 1}`).toBe(200);
      expect(((await ok.json()) as GraphQLResult<unknown>).errors).toBeUndefined();
    }
    const refused = await sharedAs(ip, link.token);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    const body = (await refused.json()) as GraphQLResult<unknown>;
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: retryAfter,
    });

    // The same address is refused the embed page and the short link too; another address is not.
    const embed = await page(`/embed/${link.token}`, ip);
    expect(embed.status).toBe(429);
    expect(await embed.text()).toContain('Too many');
    expect((await page(new URL(link.shortUrl).pathname, ip)).status).toBe(429);
    const other = freshIp();
    expect((await sharedAs(other, link.token)).status).toBe(200);
    expect((await page(`/embed/${link.token}`, other)).status).toBe(200);
    // Signed-in work from the limited address is not held back by it.
    const me = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': ip,
        authorization: `Bearer ${owner.accessToken}`,
      },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(me.status).toBe(200);
  });
});
