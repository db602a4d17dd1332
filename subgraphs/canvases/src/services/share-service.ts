import { randomUUID } from 'node:crypto';
import type { Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { CanvasRecord, Repositories, ShareLinkRecord } from '../data/index.ts';
import { UUID, actorId, type Access } from './access.ts';
import type { Clock } from './clock.ts';
import type { Documents } from './documents.ts';
import { validateLockedFilters, withLockedFilters } from './filter-parameters.ts';
import type { RunService } from './run-service.ts';
import { signShareToken, type ShareGrant, type VerifyShareToken } from './share-tokens.ts';

const MIN_TTL_SECONDS = 60;
const MAX_TTL_SECONDS = 365 * 24 * 3600;

export interface ShareLinkView extends ShareLinkRecord {
  token: string;
  url: string;
}

/** A canvas as seen through a share link: read-only, locked filters applied to its FILTER blocks. */
export interface SharedCanvasView extends CanvasRecord {
  sharedVia: ShareGrant;
}

export interface ShareServiceDeps {
  repos: Repositories;
  access: Access;
  documents: Documents;
  runs: RunService;
  verify: VerifyShareToken;
  clock: Clock;
  logger: Logger;
  publicUrl: string;
}

export function createShareService({ repos, access, documents, runs, verify, clock, logger, publicUrl }: ShareServiceDeps) {
  async function view(link: ShareLinkRecord): Promise<ShareLinkView> {
    const key = await repos.signingKeys.findOrCreate(link.organizationId, clock.now());
    const token = await signShareToken(link, key);
    return { ...link, token, url: `${publicUrl}/embed/${token}` };
  }

  /** A valid token's canvas; a deleted canvas is NOT_FOUND (and comes back if it is restored). */
  async function sharedCanvasOf(token: string): Promise<{ grant: ShareGrant; canvas: CanvasRecord }> {
    const grant = await verify(token);
    const canvas = await repos.canvases.find(grant.canvasId);
    if (!canvas || canvas.deletedAt) throw AppError.notFound('Canvas');
    return { grant, canvas };
  }

  return {
    async create(identity: Identity, input: { canvasId: string; expiresInSeconds?: number | null; lockedFilters?: unknown }): Promise<ShareLinkView> {
      const ttl = input.expiresInSeconds ?? null;
      if (ttl !== null && (!Number.isInteger(ttl) || ttl < MIN_TTL_SECONDS || ttl > MAX_TTL_SECONDS)) {
        throw AppError.badInput('expiresInSeconds', `expiresInSeconds must be between ${MIN_TTL_SECONDS} and ${MAX_TTL_SECONDS}`);
      }
      const { canvas } = await access.canvas(identity, input.canvasId, 'EDITOR');
      const lockedFilters = validateLockedFilters(input.lockedFilters, documents.currentBlocks(canvas));
      const now = clock.now();
      const issuedAt = Math.floor(now.getTime() / 1000);
      const link = await repos.shareLinks.insert({
        id: randomUUID(),
        canvasId: canvas.id,
        organizationId: canvas.organizationId,
        lockedFilters,
        issuedAt,
        expiresAt: ttl === null ? null : new Date((issuedAt + ttl) * 1000),
        createdBy: actorId(identity),
        createdAt: now,
        revokedAt: null,
      });
      logger.info({ canvasId: canvas.id, shareLinkId: link.id, expiresAt: link.expiresAt }, 'share link created');
      return view(link);
    },

    async revoke(identity: Identity, id: string): Promise<boolean> {
      const link = UUID.test(id) ? await repos.shareLinks.find(id) : null;
      if (!link) throw AppError.notFound('Share link');
      access.organization(identity, link.organizationId, 'EDITOR', 'Share link');
      if (!link.revokedAt) await repos.shareLinks.revoke(link.id, clock.now());
      logger.info({ canvasId: link.canvasId, shareLinkId: link.id }, 'share link revoked');
      return true;
    },

    /** EDITOR and above: a share token is a credential that opens the canvas to anyone. */
    async list(identity: Identity, canvas: CanvasRecord, includeRevoked: boolean): Promise<ShareLinkView[]> {
      access.organization(identity, canvas.organizationId, 'EDITOR', 'Canvas');
      const links = await repos.shareLinks.listByCanvas(canvas.id, includeRevoked);
      return Promise.all(links.map(view));
    },

    async sharedCanvas(token: string): Promise<SharedCanvasView> {
      const { grant, canvas } = await sharedCanvasOf(token);
      return { ...canvas, blocks: withLockedFilters(canvas.blocks, grant.lockedFilters), sharedVia: grant };
    },

    async runBlock(token: string, blockId: string, filters: unknown) {
      const { grant, canvas } = await sharedCanvasOf(token);
      return runs.forShareLink(canvas, grant.linkId, grant.lockedFilters, blockId, filters);
    },
  };
}

export type ShareService = ReturnType<typeof createShareService>;
