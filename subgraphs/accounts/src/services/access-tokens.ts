import { randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { AppError } from '@tessera/errors';

const ALGORITHM = 'HS256';
export const ACCESS_TOKEN_ISSUER = 'tessera';
export const ACCESS_TOKEN_AUDIENCE = 'tessera-api';

export interface AccessClaims {
  userId: string;
  sessionId: string;
}

export function createAccessTokens(options: { secret: string; ttlSeconds: number }) {
  const key = new TextEncoder().encode(options.secret);
  return {
    async issue(claims: AccessClaims): Promise<{ token: string; expiresAt: Date }> {
      const expiresAt = new Date(Date.now() + options.ttlSeconds * 1000);
      const token = await new SignJWT({ sid: claims.sessionId })
        .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
        .setSubject(claims.userId)
        .setIssuer(ACCESS_TOKEN_ISSUER)
        .setAudience(ACCESS_TOKEN_AUDIENCE)
        .setJti(randomUUID())
        .setIssuedAt()
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
      return { token, expiresAt };
    },
    /** Pinned algorithm, issuer and audience: `alg: none`, other keys and expired tokens all fail. */
    async verify(token: string): Promise<AccessClaims> {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: [ALGORITHM],
          issuer: ACCESS_TOKEN_ISSUER,
          audience: ACCESS_TOKEN_AUDIENCE,
          requiredClaims: ['sub', 'exp', 'sid'],
        });
        return { userId: payload.sub!, sessionId: String(payload.sid) };
      } catch (cause) {
        const expired = (cause as { code?: string }).code === 'ERR_JWT_EXPIRED';
        throw new AppError('UNAUTHENTICATED', expired ? 'Access token expired' : 'Invalid access token', {
          cause,
          details: expired ? { reason: 'TOKEN_EXPIRED' } : {},
        });
      }
    },
  };
}

export type AccessTokens = ReturnType<typeof createAccessTokens>;
