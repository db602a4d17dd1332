import { SignJWT, jwtVerify } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Identity } from './identity.ts';
import { createInternalTokenCodec } from './internal-token.ts';

const secret = 's'.repeat(40);
const key = new TextEncoder().encode(secret);
const identity: Identity = {
  requestId: 'r1',
  ip: '10.0.0.1',
  principal: {
    kind: 'user',
    userId: 'u1',
    sessionId: 's1',
    memberships: [{ organizationId: 'o1', role: 'EDITOR' }],
  },
};
/** The token as a standard JWT library writes it (what the codec replaced: jose's SignJWT). */
const joseToken = (claims: { iss?: string; aud?: string; exp?: string | number } = {}) =>
  new SignJWT({ idn: identity })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(claims.iss ?? 'tessera-gateway')
    .setAudience(claims.aud ?? 'tessera-subgraph')
    .setIssuedAt()
    .setExpirationTime(claims.exp ?? '60s')
    .sign(key);

describe('internal identity tokens', () => {
  const codec = createInternalTokenCodec(secret);

  it('round-trips, and is a standard HS256 JWT both ways (jose verifies ours, we verify jose’s)', async () => {
    const token = await codec.sign(identity);
    expect(await codec.verify(token)).toEqual(identity);
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: 'tessera-gateway',
      audience: 'tessera-subgraph',
    });
    expect(payload.idn).toEqual(identity);
    expect(payload.exp! - payload.iat!).toBe(60);
    expect(await codec.verify(await joseToken())).toEqual(identity);
  });

  it('refuses another secret, a tampered payload, alg none, and a malformed token', async () => {
    const token = await codec.sign(identity);
    await expect(createInternalTokenCodec('t'.repeat(40)).verify(token)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(
      Buffer.from(payload!, 'base64url').toString().replace('EDITOR', 'OWNER'),
    ).toString('base64url');
    await expect(codec.verify(`${header}.${forged}.${signature}`)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const none = Buffer.from('{"alg":"none"}').toString('base64url');
    await expect(codec.verify(`${none}.${payload}.`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(codec.verify('not-a-token')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses expired tokens and tokens for another issuer or audience', async () => {
    await expect(
      codec.verify(await joseToken({ exp: Math.floor(Date.now() / 1000) - 1 })),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(codec.verify(await joseToken({ iss: 'someone-else' }))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(codec.verify(await joseToken({ aud: 'tessera-api' }))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  describe('a token verified once', () => {
    afterEach(() => vi.useRealTimers());

    it('is still refused once expired, and a copy with another byte is checked again', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const token = await codec.sign(identity);
      expect(await codec.verify(token)).toEqual(identity);
      expect(await codec.verify(token)).toEqual(identity);
      const [header, payload] = token.split('.');
      await expect(codec.verify(`${header}.${payload}.${'A'.repeat(43)}`)).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
      });
      vi.setSystemTime(Date.now() + 60_000);
      await expect(codec.verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });

  it('signs a caller without a request id (the gateway sends it beside the token)', async () => {
    const { requestId: _omitted, ...caller } = identity;
    expect(await codec.verify(await codec.sign(caller))).toEqual(caller);
  });
});
