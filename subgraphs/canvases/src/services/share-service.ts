import { RENDER_LINK_CREATOR } from './exports/render-link.ts';
import { randomUUID } from 'node:crypto';
import { filterValuesIssues, withLockedFilters, type BlockJson } from '@tessera/canvas-model';
import type { Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { CanvasRecord, PublicationRecord, Repositories, ShareLinkRecord } from '../data/index.ts';
import { UUID, actorId, type Access } from './access.ts';
import type { Clock } from './clock.ts';
import type { Documents } from './documents.ts';
import { POLICY_NONE, POLICY_SELF, validateAllowedOrigins, type EmbedPolicy } from './embed-origins.ts';
import { looksLikeSignedEmbed, type VerifySignedEmbed } from './embed-tokens.ts';
import { validateLockedFilters } from './filter-parameters.ts';
import { viewerBlock } from './publication-view.ts';
import type { RunService, SharedViewer } from './run-service.ts';
import { ShareLinkReason, shareLinkError, signShareToken, type VerifyShareToken } from './share-tokens.ts';
import { SHORT_CODE, isDuplicateShortCode, newShortCode } from './short-codes.ts';

const MIN_TTL_SECONDS = 60;
const MAX_TTL_SECONDS = 365 * 24 * 3600;

export interface ShareLinkView extends ShareLinkRecord {
  token: string;
  url: string;
  /** `${PUBLIC_URL}/s/<shortCode>`: the gateway redirects it to the embed while the link is valid. */
  shortUrl: string;
}

/** Who opened a canvas without signing in: a share link or a signed embed, and what it locks. */
export interface ShareAccess extends SharedViewer {
  via: 'link' | 'signed';
  canvasId: string;
  organizationId: string;
  expiresAt: Date | null;
  /** Signed embeds: the `origins` claim (null: any). */
  origins: string[] | null;
  /** Who is counted in embed usage: `link:<id>`, or a signed embed's `sub` (`signed` without one). */
  viewer: string;
}

/**
 * A canvas as seen through a share link or a signed embed: its latest publication only (null:
 * never published, nothing to show), blocks as viewers read them, locked filters applied.
 */
export interface SharedCanvasView extends CanvasRecord {
  sharedVia: ShareAccess;
  sharedPublication: PublicationRecord | null;
  sharedBlocks: BlockJson[];
}

export interface ShareServiceDeps {
  repos: Repositories;
  access: Access;
  documents: Documents;
  runs: RunService;
  verify: VerifyShareToken;
  verifySigned: VerifySignedEmbed;
  clock: Clock;
  logger: Logger;
  publicUrl: string;
}

export function createShareService({
  repos,
  access,
  documents,
  runs,
  verify,
  verifySigned,
  clock,
  logger,
  publicUrl,
}: ShareServiceDeps) {
  async function tokenOf(link: ShareLinkRecord): Promise<string> {
    const key = await repos.signingKeys.findOrCreate(link.organizationId, clock.now());
    return signShareToken(link, key);
  }

  async function view(link: ShareLinkRecord): Promise<ShareLinkView> {
    const token = await tokenOf(link);
    // Links from before short links get their code the first time they are shown.
    const shortCode = link.shortCode ?? (await repos.shareLinks.assignShortCode(link.id, newShortCode()));
    return {
      ...link,
      shortCode,
      token,
      url: `${publicUrl}/embed/${token}`,
      shortUrl: `${publicUrl}/s/${shortCode}`,
    };
  }

  async function insertWithShortCode(link: Omit<ShareLinkRecord, 'shortCode'>): Promise<ShareLinkRecord> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await repos.shareLinks.insert({ ...link, shortCode: newShortCode() });
      } catch (error) {
        if (!isDuplicateShortCode(error) || attempt >= 4) throw error;
      }
    }
  }

  async function accessOf(token: string): Promise<ShareAccess> {
    if (typeof token === 'string' && looksLikeSignedEmbed(token)) {
      const grant = await verifySigned(token);
      return {
        via: 'signed',
        linkId: null,
        canvasId: grant.canvasId,
        organizationId: grant.organizationId,
        lockedFilters: grant.params,
        expiresAt: grant.expiresAt,
        origins: grant.origins,
        viewer: grant.subject ?? 'signed',
      };
    }
    const grant = await verify(token);
    return {
      via: 'link',
      linkId: grant.linkId,
      canvasId: grant.canvasId,
      organizationId: grant.organizationId,
      lockedFilters: grant.lockedFilters,
      expiresAt: grant.expiresAt,
      origins: null,
      viewer: `link:${grant.linkId}`,
    };
  }

  /** A valid token's canvas and latest publication; a deleted canvas is NOT_FOUND (and comes back if it is restored). */
  async function sharedOf(
    token: string,
  ): Promise<{ shared: ShareAccess; canvas: CanvasRecord; publication: PublicationRecord | null }> {
    const shared = await accessOf(token);
    const canvas = await repos.canvases.find(shared.canvasId);
    if (!canvas || canvas.deletedAt || canvas.organizationId !== shared.organizationId)
      throw AppError.notFound('Canvas');
    const publication = await repos.publications.latest(canvas.id);
    if (publication && shared.via === 'signed') {
      // A signed embed's params must name filters of what it opens, with values of the right kind.
      const issues = filterValuesIssues(
        [...publication.blocks, ...publication.support],
        shared.lockedFilters,
        'params',
      );
      if (issues.length > 0) throw shareLinkError(ShareLinkReason.INVALID);
    }
    return { shared, canvas, publication };
  }

  /** Usage counters never fail or slow the viewer's request. */
  function count(shared: ShareAccess, counts: { views?: number; blocksRun?: number }): void {
    repos.embedUsage
      .count({
        canvasId: shared.canvasId,
        organizationId: shared.organizationId,
        viewer: shared.viewer,
        via: shared.via,
        at: clock.now(),
        ...counts,
      })
      .catch((error: unknown) =>
        logger.warn({ err: error, canvasId: shared.canvasId }, 'embed usage not counted'),
      );
  }

  return {
    async create(
      identity: Identity,
      input: {
        canvasId: string;
        expiresInSeconds?: number | null;
        lockedFilters?: unknown;
        allowedOrigins?: string[] | null;
      },
    ): Promise<ShareLinkView> {
      const ttl = input.expiresInSeconds ?? null;
      if (ttl !== null && (!Number.isInteger(ttl) || ttl < MIN_TTL_SECONDS || ttl > MAX_TTL_SECONDS)) {
        throw AppError.badInput(
          'expiresInSeconds',
          `expiresInSeconds must be between ${MIN_TTL_SECONDS} and ${MAX_TTL_SECONDS}`,
        );
      }
      const allowedOrigins = validateAllowedOrigins(input.allowedOrigins);
      const { canvas } = await access.canvas(identity, input.canvasId, 'EDITOR');
      const lockedFilters = validateLockedFilters(input.lockedFilters, documents.currentBlocks(canvas));
      const now = clock.now();
      const issuedAt = Math.floor(now.getTime() / 1000);
      const link = await insertWithShortCode({
        id: randomUUID(),
        canvasId: canvas.id,
        organizationId: canvas.organizationId,
        lockedFilters,
        allowedOrigins,
        issuedAt,
        expiresAt: ttl === null ? null : new Date((issuedAt + ttl) * 1000),
        createdBy: actorId(identity),
        createdAt: now,
        revokedAt: null,
      });
      logger.info(
        {
          canvasId: canvas.id,
          shareLinkId: link.id,
          expiresAt: link.expiresAt,
          allowedOrigins: allowedOrigins.length,
        },
        'share link created',
      );
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
      // The export renderer's own short-lived links are not the editors' to see or manage.
      return Promise.all(links.filter((link) => link.createdBy !== RENDER_LINK_CREATOR).map(view));
    },

    /**
     * For the gateway's /s/<code>: the embed path of a valid short link (`/embed/<token>`), or null
     * when the code is unknown, the link revoked or expired, or its canvas deleted.
     */
    async resolveShortCode(code: string): Promise<string | null> {
      if (!SHORT_CODE.test(code)) return null;
      const link = await repos.shareLinks.findByShortCode(code);
      if (!link || link.revokedAt) return null;
      if (link.expiresAt && link.expiresAt.getTime() <= clock.now().getTime()) return null;
      const canvas = await repos.canvases.find(link.canvasId);
      if (!canvas || canvas.deletedAt || canvas.organizationId !== link.organizationId) return null;
      return `/embed/${await tokenOf(link)}`;
    },

    /** The latest publication behind a token; never the working canvas. */
    async sharedCanvas(token: string): Promise<SharedCanvasView> {
      const { shared, canvas, publication } = await sharedOf(token);
      count(shared, { views: 1 });
      const blocks = publication ? publication.blocks.map((b) => viewerBlock(b, publication.showCode)) : [];
      return {
        ...canvas,
        // The publication's name and time, not the draft's.
        name: publication?.canvasName ?? canvas.name,
        version: publication?.version ?? 0,
        updatedAt: publication?.publishedAt ?? canvas.createdAt,
        blocks: [],
        sharedVia: shared,
        sharedPublication: publication,
        sharedBlocks: withLockedFilters(blocks, shared.lockedFilters),
      };
    },

    async runBlock(token: string, blockId: string, filters: unknown, interactions?: unknown) {
      const { shared, canvas, publication } = await sharedOf(token);
      if (!publication) throw AppError.notFound('Block');
      const run = await runs.forPublication(canvas, publication, shared, blockId, filters, interactions);
      count(shared, { blocksRun: 1 });
      return run;
    },

    /** EDITOR and above: views and block runs per viewer of the canvas's links and embeds over the last `days` days. */
    async usage(identity: Identity, canvas: CanvasRecord, days: number) {
      if (!Number.isInteger(days) || days < 1 || days > 366)
        throw AppError.badInput('days', 'days is between 1 and 366');
      await access.canvas(identity, canvas.id, 'EDITOR');
      const since = new Date(clock.now().getTime() - (days - 1) * 24 * 3600 * 1000)
        .toISOString()
        .slice(0, 10);
      return repos.embedUsage.byViewer(canvas.id, since, 200);
    },

    /** ADMIN and above: the organization's link and embed usage per canvas and viewer over the last `days` days. */
    async organizationUsage(identity: Identity, organizationId: string, days: number) {
      access.organization(identity, organizationId, 'ADMIN', 'Organization');
      if (!Number.isInteger(days) || days < 1 || days > 366)
        throw AppError.badInput('days', 'days is between 1 and 366');
      const since = new Date(clock.now().getTime() - (days - 1) * 24 * 3600 * 1000)
        .toISOString()
        .slice(0, 10);
      const report = await repos.embedUsage.byOrganization(organizationId, since, 100, 50);
      const canvases = await Promise.all(
        report.canvases.map(async (usage) => {
          const canvas = await repos.canvases.find(usage.canvasId);
          return { ...usage, canvas: canvas?.organizationId === organizationId ? canvas : null };
        }),
      );
      return { ...report, days, canvases };
    },

    /**
     * For the gateway's /embed/<token> page: who may frame it. A share link: its allowed origins
     * ('self' when none); a signed embed: its `origins` claim, else anywhere; anything invalid: 'none'.
     */
    async embedPolicy(token: string): Promise<EmbedPolicy> {
      try {
        const { shared } = await sharedOf(token);
        if (shared.via === 'signed')
          return { frameAncestors: shared.origins && shared.origins.length > 0 ? shared.origins : ['*'] };
        const link = shared.linkId ? await repos.shareLinks.find(shared.linkId) : null;
        return link && link.allowedOrigins.length > 0
          ? { frameAncestors: ["'self'", ...link.allowedOrigins] }
          : POLICY_SELF;
      } catch (error) {
        if (error instanceof AppError) return POLICY_NONE;
        throw error;
      }
    },
  };
}

export type ShareService = ReturnType<typeof createShareService>;
