import { internalGet } from './internal-http.ts';

export interface CanvasInfo {
  id: string;
  organizationId: string;
  projectId: string;
  name: string;
}

/** Which organization a canvas belongs to: the canvases service's GET /internal/canvases/<id>. */
export interface CanvasDirectory {
  /** null when the canvas does not exist or was deleted. */
  canvas(canvasId: string): Promise<CanvasInfo | null>;
}

const CANVAS_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * Over HTTP, with a short cache: a page of comments asks once per request at most, and a deleted
 * canvas stops accepting comments within `ttlMs`.
 */
export function createCanvasDirectory(options: {
  canvasesUrl: string;
  internalSecret: string;
  ttlMs?: number;
  cacheSize?: number;
}): CanvasDirectory {
  const ttlMs = options.ttlMs ?? 10_000;
  const limit = options.cacheSize ?? 10_000;
  const cache = new Map<string, { value: CanvasInfo; expires: number }>();
  return {
    async canvas(canvasId) {
      if (!CANVAS_ID.test(canvasId)) return null;
      const cached = cache.get(canvasId);
      if (cached && cached.expires > Date.now()) return cached.value;
      const found = await internalGet<CanvasInfo>(
        options.canvasesUrl,
        `/internal/canvases/${canvasId}`,
        options.internalSecret,
        'canvases',
      );
      if (!found) {
        cache.delete(canvasId);
        return null;
      }
      const value: CanvasInfo = {
        id: found.id,
        organizationId: found.organizationId,
        projectId: found.projectId,
        name: found.name,
      };
      if (cache.size >= limit) cache.delete(cache.keys().next().value!);
      cache.set(canvasId, { value, expires: Date.now() + ttlMs });
      return value;
    },
  };
}
