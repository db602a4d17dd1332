import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Principal } from '@tessera/auth';
import { createShareTokenVerifier } from '@tessera/canvases/live';
import { createCollabAuthorize, type CollabAuthDeps } from './platform-authorize.ts';

const SECRET = 'internal-secret-'.repeat(3);
const ORG = randomUUID();
const OTHER_ORG = randomUUID();
const CANVAS = randomUUID();
const ALICE = randomUUID();

/**
 * Stands in for the accounts service's two internal routes (internal-routes.ts), answering as they
 * do: POST /internal/authenticate → 200 { principal } or 200 { error }; GET /internal/users/<id> →
 * 200 { name } or 404; 401 without the internal secret.
 */
const principals = new Map<string, Principal>();
const names = new Map<string, string>();
const calls: string[] = [];
let accountsDown = false;
/** The users route drops the connection (accounts restarting): names fall back, authorization goes on. */
let usersDropped = false;
let accounts: Server;
let accountsUrl: string;

beforeAll(async () => {
  accounts = createServer((req, res) => {
    calls.push(`${req.method} ${req.url}`);
    const send = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (accountsDown) return send(503, { error: { code: 'INTERNAL_SERVER_ERROR' } });
    if (usersDropped && req.method === 'GET') return req.socket.destroy();
    if (req.headers['x-internal-secret'] !== SECRET) return send(401, { error: { code: 'UNAUTHENTICATED' } });
    if (req.method === 'POST' && req.url === '/internal/authenticate') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const principal = principals.get((JSON.parse(body) as { token: string }).token);
        send(
          200,
          principal ? { principal } : { error: { code: 'UNAUTHENTICATED', message: 'Invalid access token' } },
        );
      });
      return;
    }
    const user = /^\/internal\/users\/(.+)$/.exec(req.url ?? '');
    if (req.method === 'GET' && user && names.has(user[1]!))
      return send(200, { id: user[1], name: names.get(user[1]!) });
    send(404, { error: { code: 'NOT_FOUND' } });
  });
  await new Promise<void>((resolve) => accounts.listen(0, '127.0.0.1', resolve));
  accountsUrl = `http://127.0.0.1:${(accounts.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((resolve) => accounts.close(resolve));
});
afterEach(() => {
  vi.useRealTimers();
  accountsDown = false;
  usersDropped = false;
  calls.length = 0;
});

/** The canvases side: the real share-token verifier over one organization's links and key. */
function canvasesStore() {
  const key = randomBytes(32);
  const links = new Map<
    string,
    { id: string; canvasId: string; organizationId: string; revokedAt: Date | null; expiresAt: Date | null }
  >();
  let storageDown = false;
  const verify = createShareTokenVerifier({
    repos: {
      shareLinks: {
        find: async (id: string) =>
          storageDown ? Promise.reject(new Error('mongo down')) : (links.get(id) ?? null),
      } as never,
      signingKeys: { find: async (org: string) => (org === ORG ? key : null) } as never,
    },
    clock: { now: () => new Date() },
  });
  const store: CollabAuthDeps['store'] & { verifyShareToken: typeof verify } = {
    verifyShareToken: verify,
    canvasInfo: async (id: string) => (id === CANVAS ? ({ id, organizationId: ORG } as never) : null),
  };
  async function shareLink(canvasId = CANVAS) {
    const link = {
      id: randomUUID(),
      canvasId,
      organizationId: ORG,
      revokedAt: null as Date | null,
      expiresAt: null,
    };
    links.set(link.id, link);
    const token = await new SignJWT({ canvasId, linkId: link.id, lockedFilters: {} })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('tessera-canvases')
      .setAudience('tessera-share')
      .sign(key);
    return { link, token };
  }
  return { store, shareLink, failStorage: () => (storageDown = true) };
}

function signIn(role: 'OWNER' | 'ADMIN' | 'EDITOR' | 'VIEWER', organizationId = ORG, userId = ALICE): string {
  const token = `access-${randomUUID()}`;
  principals.set(token, {
    kind: 'user',
    userId,
    sessionId: randomUUID(),
    memberships: [{ organizationId, role }],
  });
  return token;
}

describe('collab authorization (share links and signed-in members)', () => {
  it('a share-link token never opens the live document (4403), valid or not, without asking accounts', async () => {
    const { store, shareLink } = canvasesStore();
    const authorize = createCollabAuthorize({ accountsUrl, internalSecret: SECRET, store });
    const { link, token } = await shareLink();
    const refused = {
      ok: false,
      code: 4403,
      reason: 'Links show the published canvas, not the live document',
    };
    expect(await authorize({ token, canvasId: CANVAS })).toEqual(refused);
    expect(await authorize({ token, canvasId: randomUUID() })).toEqual(refused);
    link.revokedAt = new Date();
    expect(await authorize({ token, canvasId: CANVAS })).toEqual(refused);
    const forged = `${token.slice(0, token.lastIndexOf('.'))}.${Buffer.from('x'.repeat(32)).toString('base64url')}`;
    expect(await authorize({ token: forged, canvasId: CANVAS })).toEqual(refused);
    expect(calls).toEqual([]);
  });

  it('a signed embed (a `canvas` claim) never opens the live document either (4403)', async () => {
    const { store } = canvasesStore();
    const authorize = createCollabAuthorize({ accountsUrl, internalSecret: SECRET, store });
    const token = await new SignJWT({ canvas: CANVAS, params: {} })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('10m')
      .sign(randomBytes(32));
    expect(await authorize({ token, canvasId: CANVAS })).toMatchObject({ ok: false, code: 4403 });
    expect(calls).toEqual([]);
  });

  it('members write as EDITOR and above and read as VIEWER, under their display name', async () => {
    const { store } = canvasesStore();
    const authorize = createCollabAuthorize({ accountsUrl, internalSecret: SECRET, store });
    names.set(ALICE, 'Alice');
    for (const role of ['OWNER', 'ADMIN', 'EDITOR'] as const) {
      expect(await authorize({ token: signIn(role), canvasId: CANVAS })).toEqual({
        ok: true,
        user: { id: ALICE, name: 'Alice' },
        access: 'read-write',
      });
    }
    expect(await authorize({ token: signIn('VIEWER'), canvasId: CANVAS })).toEqual({
      ok: true,
      user: { id: ALICE, name: 'Alice' },
      access: 'read-only',
    });
    expect(calls.filter((c) => c.startsWith('POST /internal/authenticate'))).toHaveLength(4);
  });

  it('a canvas grant (shareCanvas) opens that one canvas live with the granted role; another canvas or a grant filed under another tenant is 4404', async () => {
    const { store } = canvasesStore();
    const authorize = createCollabAuthorize({ accountsUrl, internalSecret: SECRET, store });
    const partner = randomUUID();
    names.set(partner, 'Partner');
    const granted = (role: 'EDITOR' | 'VIEWER', canvasId = CANVAS, organizationId = ORG) => {
      const token = `access-${randomUUID()}`;
      principals.set(token, {
        kind: 'user',
        userId: partner,
        sessionId: randomUUID(),
        memberships: [],
        canvasGrants: [{ canvasId, organizationId, role }],
      });
      return token;
    };
    expect(await authorize({ token: granted('EDITOR'), canvasId: CANVAS })).toEqual({
      ok: true,
      user: { id: partner, name: 'Partner' },
      access: 'read-write',
    });
    expect(await authorize({ token: granted('VIEWER'), canvasId: CANVAS })).toEqual({
      ok: true,
      user: { id: partner, name: 'Partner' },
      access: 'read-only',
    });
    expect(await authorize({ token: granted('EDITOR', randomUUID()), canvasId: CANVAS })).toEqual({
      ok: false,
      code: 4404,
      reason: 'Unknown canvas',
    });
    expect(await authorize({ token: granted('EDITOR', CANVAS, OTHER_ORG), canvasId: CANVAS })).toEqual({
      ok: false,
      code: 4404,
      reason: 'Unknown canvas',
    });
    // A VIEWER member holding an EDITOR grant on the canvas edits it, as through GraphQL.
    const both = `access-${randomUUID()}`;
    principals.set(both, {
      kind: 'user',
      userId: partner,
      sessionId: randomUUID(),
      memberships: [{ organizationId: ORG, role: 'VIEWER' }],
      canvasGrants: [{ canvasId: CANVAS, organizationId: ORG, role: 'EDITOR' }],
    });
    expect(await authorize({ token: both, canvasId: CANVAS })).toMatchObject({
      ok: true,
      access: 'read-write',
    });
  });

  it('another tenant’s canvas and a missing canvas are both "unknown" (4404)', async () => {
    const { store } = canvasesStore();
    const authorize = createCollabAuthorize({ accountsUrl, internalSecret: SECRET, store });
    expect(await authorize({ token: signIn('OWNER', OTHER_ORG), canvasId: CANVAS })).toEqual({
      ok: false,
      code: 4404,
      reason: 'Unknown canvas',
    });
    expect(await authorize({ token: signIn('OWNER'), canvasId: randomUUID() })).toEqual({
      ok: false,
      code: 4404,
      reason: 'Unknown canvas',
    });
  });

  it('a token accounts refuses is 4401; an API key is 4403; accounts failing throws', async () => {
    const { store } = canvasesStore();
    const authorize = createCollabAuthorize({ accountsUrl, internalSecret: SECRET, store });
    expect(await authorize({ token: 'expired-or-garbage', canvasId: CANVAS })).toEqual({
      ok: false,
      code: 4401,
      reason: 'Sign in again',
    });
    principals.set('anon', { kind: 'anonymous' });
    expect(await authorize({ token: 'anon', canvasId: CANVAS })).toMatchObject({ ok: false, code: 4401 });
    principals.set('key', {
      kind: 'apiKey',
      apiKeyId: 'k',
      organizationId: ORG,
      scopes: ['READ', 'WRITE'],
      createdBy: ALICE,
    });
    expect(await authorize({ token: 'key', canvasId: CANVAS })).toEqual({
      ok: false,
      code: 4403,
      reason: 'Live editing needs a signed-in user',
    });
    accountsDown = true;
    await expect(authorize({ token: signIn('OWNER'), canvasId: CANVAS })).rejects.toThrow(/answered 503/);
  });

  it('sends the internal secret: with the wrong one, accounts refuses and so does authorization', async () => {
    const { store } = canvasesStore();
    const authorize = createCollabAuthorize({ accountsUrl, internalSecret: 'wrong', store });
    await expect(authorize({ token: signIn('OWNER'), canvasId: CANVAS })).rejects.toThrow(/answered 401/);
  });

  it('a JWT-looking access token is not taken for a share link unless its audience is tessera-share', async () => {
    const { store } = canvasesStore();
    const authorize = createCollabAuthorize({ accountsUrl, internalSecret: SECRET, store });
    const jwtLike = `h.${Buffer.from(JSON.stringify({ aud: 'tessera-api' })).toString('base64url')}.s`;
    principals.set(jwtLike, {
      kind: 'user',
      userId: ALICE,
      sessionId: 's',
      memberships: [{ organizationId: ORG, role: 'EDITOR' }],
    });
    expect(await authorize({ token: jwtLike, canvasId: CANVAS })).toMatchObject({
      ok: true,
      access: 'read-write',
    });
    // Any audience list naming tessera-share is a link token: refused before accounts is asked.
    const listAudience = `h.${Buffer.from(JSON.stringify({ aud: ['tessera-api', 'tessera-share'] })).toString('base64url')}.s`;
    principals.set(listAudience, {
      kind: 'user',
      userId: ALICE,
      sessionId: 's',
      memberships: [{ organizationId: ORG, role: 'VIEWER' }],
    });
    expect(await authorize({ token: listAudience, canvasId: CANVAS })).toMatchObject({
      ok: false,
      code: 4403,
    });
    for (const odd of [
      'h.!!!.s',
      'h..s',
      'opaque',
      `h.${Buffer.from('{}').toString('base64url')}.s`,
      `h.${Buffer.from('{"aud":[]}').toString('base64url')}.s`,
    ]) {
      principals.set(odd, {
        kind: 'user',
        userId: ALICE,
        sessionId: 's',
        memberships: [{ organizationId: ORG, role: 'VIEWER' }],
      });
      expect(await authorize({ token: odd, canvasId: CANVAS })).toMatchObject({
        ok: true,
        access: 'read-only',
      });
    }
  });

  it('keeps display names for five minutes, and falls back to the last known name, then "Member"', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-01-01T00:00:00Z') });
    const { store } = canvasesStore();
    const authorize = createCollabAuthorize({ accountsUrl, internalSecret: SECRET, store });
    const bob = randomUUID();
    names.set(bob, 'Bob');
    const nameNow = async () =>
      (
        (await authorize({ token: signIn('EDITOR', ORG, bob), canvasId: CANVAS })) as {
          user: { name: string };
        }
      ).user.name;
    expect(await nameNow()).toBe('Bob');
    names.set(bob, 'Robert');
    vi.setSystemTime(new Date('2026-01-01T00:04:59Z'));
    expect(await nameNow()).toBe('Bob');
    expect(calls.filter((c) => c.startsWith('GET'))).toHaveLength(1);
    vi.setSystemTime(new Date('2026-01-01T00:05:00Z'));
    expect(await nameNow()).toBe('Robert');
    names.delete(bob);
    vi.setSystemTime(new Date('2026-01-01T00:11:00Z'));
    expect(await nameNow()).toBe('Robert');
    expect(await nameNow()).toBe('Robert');
    const carol = randomUUID();
    expect(
      (
        (await authorize({ token: signIn('EDITOR', ORG, carol), canvasId: CANVAS })) as {
          user: { name: string };
        }
      ).user.name,
    ).toBe('Member');
  });
  it('a dropped connection to the users route still authorizes, under the last known name or "Member"', async () => {
    const { store } = canvasesStore();
    const authorize = createCollabAuthorize({ accountsUrl, internalSecret: SECRET, store });
    usersDropped = true;
    expect(await authorize({ token: signIn('EDITOR', ORG, randomUUID()), canvasId: CANVAS })).toMatchObject({
      ok: true,
      user: { name: 'Member' },
      access: 'read-write',
    });
  });
});
