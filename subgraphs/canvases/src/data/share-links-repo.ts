import type { Models, ShareLinkDoc } from './models.ts';

export interface ShareLinkRecord {
  id: string;
  canvasId: string;
  organizationId: string;
  lockedFilters: Record<string, unknown>;
  allowedOrigins: string[];
  issuedAt: number;
  expiresAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  revokedAt: Date | null;
  /** null only for links created before short links (one is assigned when the link is next shown). */
  shortCode: string | null;
}

function toRecord(doc: ShareLinkDoc): ShareLinkRecord {
  return {
    id: doc._id,
    canvasId: doc.canvasId,
    organizationId: doc.organizationId,
    lockedFilters: doc.lockedFilters ?? {},
    allowedOrigins: doc.allowedOrigins ?? [],
    issuedAt: doc.issuedAt,
    expiresAt: doc.expiresAt ?? null,
    createdBy: doc.createdBy ?? null,
    createdAt: doc.createdAt,
    revokedAt: doc.revokedAt ?? null,
    shortCode: doc.shortCode ?? null,
  };
}

export function createShareLinksRepo({ shareLinks }: Models) {
  return {
    async insert(link: ShareLinkRecord): Promise<ShareLinkRecord> {
      const { id, shortCode, ...rest } = link;
      const doc: ShareLinkDoc = { _id: id, ...rest, ...(shortCode ? { shortCode } : {}) };
      await shareLinks.create(doc);
      return link;
    },

    async find(id: string): Promise<ShareLinkRecord | null> {
      const doc = await shareLinks.findById(id).lean<ShareLinkDoc>();
      return doc ? toRecord(doc) : null;
    },

    async listByCanvas(canvasId: string, includeRevoked: boolean): Promise<ShareLinkRecord[]> {
      const filter = includeRevoked ? { canvasId } : { canvasId, revokedAt: null };
      const docs = await shareLinks.find(filter).sort({ createdAt: -1 }).lean<ShareLinkDoc[]>();
      return docs.map(toRecord);
    },

    async findByShortCode(code: string): Promise<ShareLinkRecord | null> {
      const doc = await shareLinks.findOne({ shortCode: code }).lean<ShareLinkDoc>();
      return doc ? toRecord(doc) : null;
    },

    /** Gives a link without one its short code; the code it ends up with (another writer's, if first). */
    async assignShortCode(id: string, code: string): Promise<string | null> {
      await shareLinks.updateOne({ _id: id, shortCode: { $exists: false } }, { $set: { shortCode: code } });
      const doc = await shareLinks.findById(id).lean<ShareLinkDoc>();
      return doc?.shortCode ?? null;
    },

    /** false when the link does not exist or was already revoked. */
    async revoke(id: string, at: Date): Promise<boolean> {
      const result = await shareLinks.updateOne({ _id: id, revokedAt: null }, { $set: { revokedAt: at } });
      return result.modifiedCount === 1;
    },
  };
}

export type ShareLinksRepo = ReturnType<typeof createShareLinksRepo>;
