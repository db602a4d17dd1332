import { randomUUID } from 'node:crypto';
import type { CanvasRecord, Repositories, ShareLinkRecord } from '../../data/index.ts';
import type { Clock } from '../clock.ts';
import { signShareToken } from '../share-tokens.ts';

/** Share links the renderer makes for itself carry this creator; share-link lists leave them out. */
export const RENDER_LINK_CREATOR = 'system:export';
const RENDER_LINK_TTL_SECONDS = 600;

/**
 * Runs `fn` with a share token of the canvas (its latest publication, `filters` locked) that
 * exists only for this render: it expires in ten minutes and is revoked as soon as `fn` settles.
 * The renderer thereby sees exactly what a link viewer sees, through the same gateway route.
 */
export async function withRenderLink<T>(
  deps: { repos: Pick<Repositories, 'shareLinks' | 'signingKeys'>; clock: Clock },
  canvas: CanvasRecord,
  filters: Record<string, unknown>,
  fn: (token: string) => Promise<T>,
): Promise<T> {
  const now = deps.clock.now();
  const issuedAt = Math.floor(now.getTime() / 1000);
  const link = {
    id: randomUUID(),
    canvasId: canvas.id,
    organizationId: canvas.organizationId,
    lockedFilters: filters,
    allowedOrigins: [],
    issuedAt,
    expiresAt: new Date((issuedAt + RENDER_LINK_TTL_SECONDS) * 1000),
    createdBy: RENDER_LINK_CREATOR,
    createdAt: now,
    revokedAt: null,
    shortCode: null,
  } as ShareLinkRecord;
  await deps.repos.shareLinks.insert(link);
  try {
    const key = await deps.repos.signingKeys.findOrCreate(canvas.organizationId, now);
    return await fn(await signShareToken(link, key));
  } finally {
    await deps.repos.shareLinks.revoke(link.id, deps.clock.now()).catch(() => undefined);
  }
}
