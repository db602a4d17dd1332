import { createHash } from 'node:crypto';
import type { Principal } from '@tessera/auth';
import type { Authenticator } from '../authenticate.ts';
import { InflightRequests } from './inflight.ts';

export interface PrincipalCacheOptions {
  /** How long an accepted token's principal is reused; revocations and role changes take up to this long at the gateway. */
  ttlMs?: number;
  /** Most tokens remembered (oldest dropped first). */
  maxEntries?: number;
  now?: () => number;
}

/**
 * Remembers, for a few seconds, the principal the accounts service returned for a bearer token,
 * so a signed-in client's requests do not each wait for /internal/authenticate (a JWT check and
 * two PostgreSQL reads there). Only successes are kept, under the token's SHA-256 (never the token);
 * concurrent first requests with the same token share one call. Anonymous requests pass through.
 */
export function cachePrincipals(authenticator: Authenticator, options: PrincipalCacheOptions = {}): Authenticator {
  const ttlMs = options.ttlMs ?? 5_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { principal: Principal; expires: number }>();
  const inflight = new InflightRequests<Principal>();

  function cached(header: string | undefined, load: () => Promise<Principal>): Promise<Principal> {
    if (!header) return load();
    const key = createHash('sha256').update(header).digest('base64');
    const hit = cache.get(key);
    if (hit && hit.expires > now()) return Promise.resolve(hit.principal);
    return inflight.run(key, async () => {
      const principal = await load();
      cache.delete(key);
      cache.set(key, { principal, expires: now() + ttlMs });
      // Map order is insertion order: the first entries are the oldest.
      while (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
      return principal;
    });
  }

  return {
    fromHeader: (header) => cached(header?.trim(), () => authenticator.fromHeader(header)),
    // A cache hit means this exact header was accepted before, so the format check passed too.
    fromRequest: (req) => cached(req.headers.authorization, () => authenticator.fromRequest(req)),
  };
}
