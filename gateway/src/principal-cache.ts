import { hash } from 'node:crypto';
import type { Principal } from '@tessera/auth';
import type { Authenticator } from './authenticate.ts';
import { InflightRequests } from './inflight-requests.ts';

export interface PrincipalCacheOptions {
  /** How long an accepted token's principal is reused when no revocation event arrives (the bound if the bus drops one). */
  ttlMs?: number;
  /** Most tokens remembered (oldest dropped first). */
  maxEntries?: number;
  now?: () => number;
}

export interface PrincipalCache extends Authenticator {
  /** Forgets every principal, including answers still in flight (accounts published a revocation). */
  invalidate(): void;
  readonly size: number;
}

/** `exp` (ms) of a JWT bearer token, without verifying it (accounts did); null for API keys and anything else. */
function jwtExpiryMs(header: string): number | null {
  const token = header.replace(/^Bearer\s+/i, '');
  const payload = token.split('.')[1];
  if (!payload || token.split('.').length !== 3) return null;
  try {
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * Remembers, for a few seconds, the principal the accounts service returned for a bearer token,
 * so a signed-in client's requests do not each wait for /internal/authenticate (a JWT check and
 * two PostgreSQL reads there). Only successes are kept, under the token's SHA-256 (never the
 * token), never past the access token's own expiry; concurrent first requests with the same token
 * share one call. Anonymous requests pass through.
 *
 * Revocations (log out, refresh-token reuse, member removed, API key revoked) reach it as
 * accounts' PRINCIPALS_CHANGED_TOPIC events: invalidate() drops everything, and an answer that was
 * in flight when the event arrived is not stored (it may predate the revocation).
 */
export function cachePrincipals(
  authenticator: Authenticator,
  options: PrincipalCacheOptions = {},
): PrincipalCache {
  const ttlMs = options.ttlMs ?? 5_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { principal: Principal; expires: number }>();
  const inflight = new InflightRequests<Principal>();
  let generation = 0;

  function cached(header: string | undefined, load: () => Promise<Principal>): Promise<Principal> {
    if (!header) return load();
    // One-shot hashing (Node ≥ 20.12): half the cost of a Hash object, and this runs on every request.
    const key = hash('sha256', header, 'base64');
    const hit = cache.get(key);
    if (hit && hit.expires > now()) return Promise.resolve(hit.principal);
    // In-flight sharing is per generation too: a call started before a revocation is not joined after it.
    const started = generation;
    return inflight.run(`${started}:${key}`, async () => {
      const principal = await load();
      if (started !== generation) return principal;
      cache.delete(key);
      cache.set(key, { principal, expires: Math.min(now() + ttlMs, jwtExpiryMs(header) ?? Infinity) });
      // Map order is insertion order: the first entries are the oldest.
      while (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
      return principal;
    });
  }

  return {
    fromHeader: (header) => cached(header?.trim(), () => authenticator.fromHeader(header)),
    // A cache hit means this exact header was accepted before, so the format check passed too.
    fromRequest: (req) => cached(req.headers.authorization, () => authenticator.fromRequest(req)),
    invalidate() {
      generation++;
      cache.clear();
    },
    get size() {
      return cache.size;
    },
  };
}
