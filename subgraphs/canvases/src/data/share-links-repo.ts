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
  };
}

export function createShareLinksRepo({ shareLinks }: Models) {
  return {
    async insert(link: ShareLinkRecord): Promise<ShareLinkRecord> {
      const doc: ShareLinkDoc = { _id: link.id, ...link };
      delete (doc as Partial<ShareLinkRecord>).id;
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

    /** false when the link does not exist or was already revoked. */
    async revoke(id: string, at: Date): Promise<boolean> {
      const result = await shareLinks.updateOne({ _id: id, revokedAt: null }, { $set: { revokedAt: at } });
      return result.modifiedCount === 1;
    },
  };
}

export type ShareLinksRepo = ReturnType<typeof createShareLinksRepo>;
