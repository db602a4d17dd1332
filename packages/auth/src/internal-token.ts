import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { AppError } from '@tessera/errors';
import type { Identity } from './identity.ts';

const ISSUER = 'tessera-gateway';
const AUDIENCE = 'tessera-subgraph';
const LIFETIME_SECONDS = 60;
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256' })).toString('base64url');

const invalid = (reason: string) =>
  new AppError('UNAUTHENTICATED', 'Invalid internal identity', { cause: new Error(reason) });

export interface InternalTokenCodec {
  sign(identity: Identity): Promise<string>;
  verify(token: string): Promise<Identity>;
}

/**
 * Signs the gateway's view of the caller for subgraphs: an HS256 JWT `{ idn, iss, aud, iat, exp }`
 * living 60 s. Short-lived and audience-bound, so a token captured from internal traffic is useless
 * against the public endpoint and soon useless anywhere.
 *
 * HMAC with node:crypto directly (standard JWS, interchangeable with jose's both ways, tested):
 * ~5 µs per token instead of ~85 µs, because jose's Web Crypto path imports a CryptoKey and hops
 * through the thread pool on every call, and the gateway signs and every subgraph verifies once
 * per request.
 */
export function createInternalTokenCodec(secret: string): InternalTokenCodec {
  const key: KeyObject = createSecretKey(Buffer.from(secret, 'utf8'));
  const mac = (input: string) => createHmac('sha256', key).update(input).digest();
  return {
    async sign(identity) {
      const iat = Math.floor(Date.now() / 1000);
      const payload = Buffer.from(
        JSON.stringify({ idn: identity, iss: ISSUER, aud: AUDIENCE, iat, exp: iat + LIFETIME_SECONDS }),
      ).toString('base64url');
      const input = `${HEADER}.${payload}`;
      return `${input}.${mac(input).toString('base64url')}`;
    },
    async verify(token) {
      const parts = token.split('.');
      if (parts.length !== 3) throw invalid('not a JWS');
      const [header, payload, signature] = parts as [string, string, string];
      let claims: { idn?: Identity; iss?: unknown; aud?: unknown; exp?: unknown; nbf?: unknown };
      try {
        const protectedHeader = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as {
          alg?: unknown;
          crit?: unknown;
        };
        if (protectedHeader.alg !== 'HS256' || protectedHeader.crit !== undefined)
          throw new Error('unexpected header');
        const expected = mac(`${header}.${payload}`);
        const given = Buffer.from(signature, 'base64url');
        if (given.length !== expected.length || !timingSafeEqual(given, expected))
          throw new Error('bad signature');
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
      } catch (cause) {
        throw invalid((cause as Error).message);
      }
      const now = Math.floor(Date.now() / 1000);
      const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
      if (claims.iss !== ISSUER || !audience.includes(AUDIENCE)) throw invalid('issuer or audience');
      if (typeof claims.exp !== 'number' || now >= claims.exp) throw invalid('expired');
      if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || now < claims.nbf))
        throw invalid('not yet valid');
      const identity = claims.idn;
      if (!identity || typeof identity !== 'object' || !identity.principal)
        throw invalid('no identity claim');
      return identity;
    },
  };
}
