import { SignJWT, jwtVerify } from 'jose';
import { AppError } from '@tessera/errors';
import type { Identity } from './identity.ts';

const ISSUER = 'tessera-gateway';
const AUDIENCE = 'tessera-subgraph';
const ALGORITHM = 'HS256';
const LIFETIME_SECONDS = 60;

export interface InternalTokenCodec {
  sign(identity: Identity): Promise<string>;
  verify(token: string): Promise<Identity>;
}

/**
 * Signs the gateway's view of the caller for subgraphs. Short-lived and audience-bound, so a token
 * captured from internal traffic is useless against the public endpoint and soon useless anywhere.
 */
export function createInternalTokenCodec(secret: string): InternalTokenCodec {
  const key = new TextEncoder().encode(secret);
  return {
    async sign(identity) {
      return new SignJWT({ idn: identity })
        .setProtectedHeader({ alg: ALGORITHM })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${LIFETIME_SECONDS}s`)
        .sign(key);
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: [ALGORITHM], issuer: ISSUER, audience: AUDIENCE });
        const identity = payload.idn as Identity | undefined;
        if (!identity || typeof identity !== 'object' || !identity.principal) throw new Error('no identity claim');
        return identity;
      } catch (cause) {
        throw new AppError('UNAUTHENTICATED', 'Invalid internal identity', { cause });
      }
    },
  };
}
