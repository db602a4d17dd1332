import { SignJWT, decodeJwt, decodeProtectedHeader } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, createAccessTokens } from './access-tokens.ts';

const SECRET = 'access-secret-'.repeat(3);
const key = new TextEncoder().encode(SECRET);
const claims = { userId: 'u1', sessionId: 's1' };

const jwt = (
  payload: Record<string, unknown>,
  options: { iss?: string; aud?: string; sub?: string | null; exp?: number | string } = {},
) => {
  const token = new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(options.iss ?? 'tessera')
    .setAudience(options.aud ?? 'tessera-api');
  if (options.sub !== null) token.setSubject(options.sub ?? 'u1');
  return token.setExpirationTime(options.exp ?? '5m').sign(key);
};

describe('access tokens', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('issue a pinned HS256 JWT for the user and session that verifies back, with a unique id', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    const tokens = createAccessTokens({ secret: SECRET, ttlSeconds: 900 });
    const { token, expiresAt } = await tokens.issue(claims);
    expect(expiresAt).toEqual(new Date('2026-01-01T00:15:00Z'));
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    const payload = decodeJwt(token);
    expect(payload).toMatchObject({
      sub: 'u1',
      sid: 's1',
      iss: ACCESS_TOKEN_ISSUER,
      aud: ACCESS_TOKEN_AUDIENCE,
      iat: 1767225600,
      exp: 1767226500,
    });
    expect(ACCESS_TOKEN_ISSUER).toBe('tessera');
    expect(ACCESS_TOKEN_AUDIENCE).toBe('tessera-api');
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(decodeJwt((await tokens.issue(claims)).token).jti).not.toBe(payload.jti);
    expect(await tokens.verify(token)).toEqual(claims);
  });

  it('expired tokens say so (clients refresh on TOKEN_EXPIRED)', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    const tokens = createAccessTokens({ secret: SECRET, ttlSeconds: 60 });
    const { token } = await tokens.issue(claims);
    vi.setSystemTime(new Date('2026-01-01T00:01:01Z'));
    await expect(tokens.verify(token)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Access token expired',
      details: { reason: 'TOKEN_EXPIRED' },
    });
  });

  it('refuses other keys, issuers, audiences, algorithms and tokens missing sub or sid', async () => {
    const tokens = createAccessTokens({ secret: SECRET, ttlSeconds: 60 });
    const invalid = { code: 'UNAUTHENTICATED', message: 'Invalid access token', details: {} };
    const other = await createAccessTokens({ secret: 'other-secret-'.repeat(3), ttlSeconds: 60 }).issue(
      claims,
    );
    await expect(tokens.verify(other.token)).rejects.toMatchObject(invalid);
    expect(await tokens.verify(await jwt({ sid: 's9' }))).toEqual({ userId: 'u1', sessionId: 's9' });
    await expect(tokens.verify(await jwt({ sid: 's1' }, { iss: 'tessera-gateway' }))).rejects.toMatchObject(
      invalid,
    );
    await expect(tokens.verify(await jwt({ sid: 's1' }, { aud: 'tessera-share' }))).rejects.toMatchObject(
      invalid,
    );
    await expect(tokens.verify(await jwt({}))).rejects.toMatchObject(invalid);
    await expect(tokens.verify(await jwt({ sid: 's1' }, { sub: null }))).rejects.toMatchObject(invalid);
    const noExp = await new SignJWT({ sid: 's1' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuer('tessera')
      .setAudience('tessera-api')
      .sign(key);
    await expect(tokens.verify(noExp)).rejects.toMatchObject(invalid);
    const hs384 = await new SignJWT({ sid: 's1' })
      .setProtectedHeader({ alg: 'HS384' })
      .setSubject('u1')
      .setIssuer('tessera')
      .setAudience('tessera-api')
      .setExpirationTime('5m')
      .sign(key);
    await expect(tokens.verify(hs384)).rejects.toMatchObject(invalid);
    const [, payload] = (await jwt({ sid: 's1' })).split('.');
    await expect(
      tokens.verify(`${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`),
    ).rejects.toMatchObject(invalid);
    await expect(tokens.verify('garbage')).rejects.toMatchObject(invalid);
  });
});
