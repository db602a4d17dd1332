import { AppError } from '@tessera/errors';

export interface EmbeddingSecretReader {
  /** The organization's current embedding secret, or null when it has none. */
  current(organizationId: string): Promise<string | null>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads an organization's signed-embed secret from the accounts service
 * (`GET /internal/embedding-secret/<organizationId>`, internal secret; 404: none). Answers are kept
 * for `cacheMs` (default 5 s), so a rotation refuses older signed embeds within that time.
 */
export function createEmbeddingSecretReader(options: {
  accountsUrl: string;
  internalSecret: string;
  cacheMs?: number;
  now?: () => number;
}): EmbeddingSecretReader {
  const cacheMs = options.cacheMs ?? 5_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { secret: string | null; until: number }>();
  return {
    async current(organizationId) {
      if (!UUID.test(organizationId)) return null;
      const cached = cache.get(organizationId);
      if (cached && cached.until > now()) return cached.secret;
      let response: Response;
      try {
        response = await fetch(new URL(`/internal/embedding-secret/${organizationId}`, options.accountsUrl), {
          headers: { 'x-internal-secret': options.internalSecret },
          signal: AbortSignal.timeout(5_000),
        });
      } catch (cause) {
        throw new AppError('UNAVAILABLE', 'The accounts service is unavailable', { cause });
      }
      let secret: string | null = null;
      if (response.ok) {
        const body = (await response.json().catch(() => null)) as { secret?: unknown } | null;
        secret = typeof body?.secret === 'string' && body.secret.length > 0 ? body.secret : null;
      } else if (response.status !== 404) {
        throw new AppError('UNAVAILABLE', 'The accounts service is unavailable');
      }
      if (cache.size >= 10_000) cache.delete(cache.keys().next().value!);
      cache.set(organizationId, { secret, until: now() + cacheMs });
      return secret;
    },
  };
}
