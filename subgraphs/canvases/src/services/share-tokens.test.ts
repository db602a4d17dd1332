import { randomBytes, randomUUID } from 'node:crypto';
import { SignJWT, decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import type { ShareLinkRecord } from '../data/index.ts';
import type { Clock } from './clock.ts';
import {
  ShareLinkReason,
  createShareTokenVerifier,
  shareLinkError,
  shareLinkReason,
  signShareToken,
} from './share-tokens.ts';

const ORG = randomUUID();
const CANVAS = randomUUID();

/** Links and organization keys as the repositories return them (the verifier reads only these two lookups). */
function world(now = new Date('2026-03-01T12:00:00Z')) {
  const links = new Map<string, ShareLinkRecord>();
  const keys = new Map<string, Uint8Array>([[ORG, randomBytes(32)]]);
  const clock: Clock & { set(date: Date): void } = { now: () => now, set: (date) => (now = date) };
  const verify = createShareTokenVerifier({
    repos: {
      shareLinks: { find: async (id: string) => links.get(id) ?? null } as never,
      signingKeys: { find: async (organizationId: string) => keys.get(organizationId) ?? null } as never,
    },
    clock,
  });
  function link(overrides: Partial<ShareLinkRecord> = {}): ShareLinkRecord {
    const record: ShareLinkRecord = {
      id: randomUUID(),
      canvasId: CANVAS,
      organizationId: ORG,
      lockedFilters: { region: 'EU' },
      allowedOrigins: [],
      issuedAt: Math.floor(now.getTime() / 1000),
      expiresAt: null,
      createdBy: randomUUID(),
      createdAt: now,
      revokedAt: null,
      shortCode: null,
      ...overrides,
    };
    links.set(record.id, record);
    return record;
  }
  const sign = (record: ShareLinkRecord) => signShareToken(record, keys.get(record.organizationId)!);
  return { verify, link, sign, keys, clock };
}

const refused = (reason: string) => expect.objectContaining({ code: 'FORBIDDEN', details: { reason } });

describe('share tokens', () => {
  it('grant read access to exactly the linked canvas, with the locked filters', async () => {
    const { verify, link, sign } = world();
    const record = link({ expiresAt: new Date('2026-03-02T00:00:00Z') });
    const token = await sign(record);
    expect(await verify(token)).toEqual({
      linkId: record.id,
      canvasId: CANVAS,
      organizationId: ORG,
      lockedFilters: { region: 'EU' },
      expiresAt: new Date('2026-03-02T00:00:00Z'),
    });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      iss: 'tessera-canvases',
      aud: 'tessera-share',
      canvasId: CANVAS,
      linkId: record.id,
      iat: record.issuedAt,
    });
    expect(claims.exp).toBe(Math.floor(new Date('2026-03-02T00:00:00Z').getTime() / 1000));
    expect(await sign(record)).toBe(token);
  });

  it('a link without an expiry has no exp claim and stays valid', async () => {
    const { verify, link, sign, clock } = world();
    const record = link();
    const token = await sign(record);
    expect(decodeJwt(token).exp).toBeUndefined();
    clock.set(new Date('2036-01-01T00:00:00Z'));
    expect(await verify(token)).toMatchObject({ linkId: record.id, expiresAt: null });
  });

  it('is refused once revoked, even before it expires', async () => {
    const { verify, link, sign } = world();
    const record = link({ expiresAt: new Date('2027-01-01T00:00:00Z') });
    const token = await sign(record);
    record.revokedAt = new Date();
    await expect(verify(token)).rejects.toEqual(refused(ShareLinkReason.REVOKED));
  });

  it('expires at the token’s exp and at the link’s expiry, whichever the clock reaches', async () => {
    const { verify, link, sign, clock } = world();
    const record = link({ expiresAt: new Date('2026-03-01T13:00:00Z') });
    const token = await sign(record);
    clock.set(new Date('2026-03-01T12:59:58Z'));
    await expect(verify(token)).resolves.toMatchObject({ linkId: record.id });
    clock.set(new Date('2026-03-01T13:00:00Z'));
    await expect(verify(token)).rejects.toEqual(refused(ShareLinkReason.EXPIRED));

    // The link's expiry was shortened after the token was signed: the record wins.
    const shortened = link({ expiresAt: new Date('2026-03-01T14:00:00Z') });
    const longToken = await sign(shortened);
    shortened.expiresAt = new Date('2026-03-01T13:00:00Z');
    await expect(verify(longToken)).rejects.toEqual(refused(ShareLinkReason.EXPIRED));
    shortened.expiresAt = new Date('2026-03-01T13:00:01Z');
    await expect(verify(longToken)).resolves.toMatchObject({ linkId: shortened.id });
  });

  it('an expired and revoked link reports revoked', async () => {
    const { verify, link, sign, clock } = world();
    const record = link({ expiresAt: new Date('2026-03-01T13:00:00Z') });
    const token = await sign(record);
    record.revokedAt = new Date();
    clock.set(new Date('2026-04-01T00:00:00Z'));
    await expect(verify(token)).rejects.toEqual(refused(ShareLinkReason.REVOKED));
  });

  it('refuses tokens signed with another key, altered, or for another link or canvas', async () => {
    const { verify, link, sign, keys } = world();
    const record = link();
    const token = await sign(record);
    const [header, , signature] = token.split('.');
    const altered = Buffer.from(JSON.stringify({ ...decodeJwt(token), lockedFilters: {} })).toString(
      'base64url',
    );
    await expect(verify(`${header}.${altered}.${signature}`)).rejects.toEqual(
      refused(ShareLinkReason.INVALID),
    );

    const forged = await signShareToken(record, randomBytes(32));
    await expect(verify(forged)).rejects.toEqual(refused(ShareLinkReason.INVALID));

    // Signed with the right key, but the link record says another canvas.
    const moved = await sign({ ...record, canvasId: randomUUID() });
    await expect(verify(moved)).rejects.toEqual(refused(ShareLinkReason.INVALID));

    const key = keys.get(ORG)!;
    const claims = { canvasId: CANVAS, lockedFilters: {} };
    const otherLink = await new SignJWT({ ...claims, linkId: record.id })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('tessera-canvases')
      .setAudience('tessera-share')
      .sign(key);
    await expect(verify(otherLink)).resolves.toMatchObject({ linkId: record.id });
    const wrongLinkClaim = await new SignJWT({ ...claims, linkId: record.id.toUpperCase() })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('tessera-canvases')
      .setAudience('tessera-share')
      .sign(key);
    await expect(verify(wrongLinkClaim)).rejects.toEqual(refused(ShareLinkReason.INVALID));
  });

  it('refuses tokens for another audience or issuer, and other algorithms', async () => {
    const { verify, link, keys } = world();
    const record = link();
    const key = keys.get(ORG)!;
    const claims = { canvasId: CANVAS, linkId: record.id, lockedFilters: {} };
    const build = (iss: string, aud: string) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(iss).setAudience(aud).sign(key);
    await expect(verify(await build('tessera-canvases', 'tessera-api'))).rejects.toEqual(
      refused(ShareLinkReason.INVALID),
    );
    await expect(verify(await build('tessera', 'tessera-share'))).rejects.toEqual(
      refused(ShareLinkReason.INVALID),
    );
    const hs512 = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS512' })
      .setIssuer('tessera-canvases')
      .setAudience('tessera-share')
      .sign(new Uint8Array(64).fill(1));
    await expect(verify(hs512)).rejects.toEqual(refused(ShareLinkReason.INVALID));
    const payload = Buffer.from(
      JSON.stringify({ ...claims, iss: 'tessera-canvases', aud: 'tessera-share' }),
    ).toString('base64url');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    await expect(verify(none)).rejects.toEqual(refused(ShareLinkReason.INVALID));
  });

  it('refuses malformed tokens, unknown links and organizations without a key before verifying anything', async () => {
    const { verify, link, sign, keys } = world();
    for (const token of ['', 'x'.repeat(16_385), 'not-a-jwt', 'a.b.c', 42 as unknown as string]) {
      await expect(verify(token)).rejects.toEqual(refused(ShareLinkReason.INVALID));
    }
    const unknown = link();
    const token = await sign(unknown);
    const { verify: verifyElsewhere } = world();
    await expect(verifyElsewhere(token)).rejects.toEqual(refused(ShareLinkReason.INVALID));
    keys.delete(ORG);
    await expect(verify(token)).rejects.toEqual(refused(ShareLinkReason.INVALID));
  });

  it('locked filters that are not an object grant no filters', async () => {
    const { verify, link, keys } = world();
    const record = link();
    const key = keys.get(ORG)!;
    for (const lockedFilters of [['a'], 'x', null]) {
      const token = await new SignJWT({ canvasId: CANVAS, linkId: record.id, lockedFilters })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('tessera-canvases')
        .setAudience('tessera-share')
        .sign(key);
      expect((await verify(token)).lockedFilters).toEqual({});
    }
  });

  it('names the failure for clients, and recognises only share-link failures', () => {
    const error = shareLinkError(ShareLinkReason.EXPIRED);
    expect(error).toMatchObject({
      code: 'FORBIDDEN',
      message: 'This share link has expired',
      details: { reason: 'SHARE_LINK_EXPIRED' },
    });
    expect(shareLinkError(ShareLinkReason.REVOKED).message).toBe('This share link was revoked');
    expect(shareLinkError(ShareLinkReason.INVALID).message).toMatch(/not valid/);
    expect(shareLinkReason(error)).toBe('SHARE_LINK_EXPIRED');
    expect(shareLinkReason({ details: { reason: 'OTHER' } })).toBeNull();
    expect(shareLinkReason({ details: { reason: 7 } })).toBeNull();
    expect(shareLinkReason(null)).toBeNull();
    expect(shareLinkReason(new Error('x'))).toBeNull();
  });
  it('the token’s own expiry holds even if the link’s expiry is removed later', async () => {
    const { verify, link, sign, clock } = world();
    const record = link({ expiresAt: new Date('2026-03-01T13:00:00Z') });
    const token = await sign(record);
    record.expiresAt = null;
    clock.set(new Date('2026-03-01T13:00:01Z'));
    await expect(verify(token)).rejects.toEqual(refused(ShareLinkReason.EXPIRED));
  });

  it('refuses tokens above 16 KiB even when authentic', async () => {
    const { verify, link, sign } = world();
    const big = link({ lockedFilters: { region: 'x'.repeat(13_000) } });
    const token = await sign(big);
    expect(token.length).toBeGreaterThan(16_384);
    await expect(verify(token)).rejects.toEqual(refused(ShareLinkReason.INVALID));
    // The largest token accepted: exactly 16 384 characters.
    const base = link({ lockedFilters: { region: '' } });
    const room = 16_384 - (await sign(base)).length;
    let exact: string | undefined;
    let fits = base;
    for (let n = Math.floor((room * 3) / 4) - 3; n <= Math.floor((room * 3) / 4) + 3 && !exact; n += 1) {
      fits = link({ lockedFilters: { region: 'x'.repeat(n) } });
      const candidate = await sign(fits);
      if (candidate.length === 16_384) exact = candidate;
    }
    expect(exact?.length).toBe(16_384);
    await expect(verify(exact!)).resolves.toMatchObject({ linkId: fits.id });
  });

  it('looks up only link ids that are UUID strings', async () => {
    const lookups: unknown[] = [];
    const key = randomBytes(32);
    const verify = createShareTokenVerifier({
      repos: {
        shareLinks: { find: async (id: unknown) => (lookups.push(id), null) } as never,
        signingKeys: { find: async () => key } as never,
      },
      clock: { now: () => new Date() },
    });
    for (const linkId of [{ $ne: null }, 'x', `${randomUUID()}x`, 42]) {
      const token = await new SignJWT({ canvasId: CANVAS, linkId })
        .setProtectedHeader({ alg: 'HS256' })
        .sign(key);
      await expect(verify(token)).rejects.toEqual(refused(ShareLinkReason.INVALID));
    }
    expect(lookups).toEqual([]);
  });

  it('signs with a typed HS256 header', async () => {
    const { link, sign } = world();
    const token = await sign(link());
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString())).toEqual({
      alg: 'HS256',
      typ: 'JWT',
    });
  });
});
