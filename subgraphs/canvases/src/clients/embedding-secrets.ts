import { AppError } from '@tessera/errors';
import type { EmbeddingSecrets } from '../services/embed-tokens.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The accounts service's current embedding secret of an organization
 * (`GET /internal/embedding-secret/<organizationId>`, internal secret; 404: none). Not cached:
 * a rotated secret must refuse older signed embeds on the next use.
 */
export function createEmbeddingSecretsClient(options: { accountsUrl: string; internalSecret: string }): EmbeddingSecrets {
  return {
    async current(organizationId) {
      if (!UUID.test(organizationId)) return null;
      let response: Response;
      try {
        response = await fetch(new URL(`/internal/embedding-secret/${organizationId}`, options.accountsUrl), {
          headers: { 'x-internal-secret': options.internalSecret },
          signal: AbortSignal.timeout(5_000),
        });
      } catch (cause) {
        throw new AppError('UNAVAILABLE', 'The accounts service is unavailable', { cause });
      }
      if (response.status === 404) return null;
      if (!response.ok) throw new AppError('UNAVAILABLE', 'The accounts service is unavailable');
      const body = (await response.json().catch(() => null)) as { secret?: unknown } | null;
      return typeof body?.secret === 'string' && body.secret.length > 0 ? body.secret : null;
    },
  };
}
