import { AppError } from '@tessera/errors';

export interface ProjectDirectory {
  /** The organization a project belongs to, or null when there is no such project. */
  organizationOf(projectId: string): Promise<string | null>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Asks the accounts service which organization owns a project (internal secret). A project never
 * moves between organizations, so answers are cached for the life of the process.
 */
export function createProjectDirectory(options: {
  accountsUrl: string;
  internalSecret: string;
  cacheSize?: number;
}): ProjectDirectory {
  const cache = new Map<string, string>();
  const limit = options.cacheSize ?? 50_000;
  return {
    async organizationOf(projectId) {
      if (!UUID.test(projectId)) return null;
      const cached = cache.get(projectId);
      if (cached) return cached;
      let response: Response;
      try {
        response = await fetch(new URL(`/internal/projects/${projectId}`, options.accountsUrl), {
          headers: { 'x-internal-secret': options.internalSecret },
          signal: AbortSignal.timeout(5_000),
        });
      } catch (cause) {
        throw new AppError('UNAVAILABLE', 'The accounts service is unavailable', { cause });
      }
      if (response.status === 404) return null;
      if (!response.ok) throw new AppError('UNAVAILABLE', 'The accounts service is unavailable');
      const { organizationId } = (await response.json()) as { organizationId: string };
      if (cache.size >= limit) cache.delete(cache.keys().next().value!);
      cache.set(projectId, organizationId);
      return organizationId;
    },
  };
}

export { createEmbeddingSecretReader, type EmbeddingSecretReader } from './embedding-secrets.ts';
export { createCanvasGrants, type CanvasGrants, type CanvasGrantRole } from './canvas-grants.ts';
