import type { Models, PublicationDoc } from './models.ts';

export interface PublicationRecord extends Omit<PublicationDoc, '_id'> {
  id: string;
}

function toRecord(doc: PublicationDoc): PublicationRecord {
  const { _id, ...rest } = doc;
  return {
    id: _id,
    ...rest,
    support: doc.support ?? [],
    canvasBlockIds: doc.canvasBlockIds ?? [],
    note: doc.note ?? null,
    publishedBy: doc.publishedBy ?? null,
  };
}

export function createPublicationsRepo({ publications }: Models) {
  return {
    /** The latest publication of a canvas, or null when it was never published. */
    async latest(canvasId: string): Promise<PublicationRecord | null> {
      const doc = await publications.findOne({ canvasId }).sort({ version: -1 }).lean<PublicationDoc>();
      return doc ? toRecord(doc) : null;
    },

    /**
     * Inserts the next version (latest + 1). Two publishers at once: the unique index refuses the
     * second insert of a number, which then takes the next one.
     */
    async insertNext(publication: Omit<PublicationRecord, 'version'>): Promise<PublicationRecord> {
      for (let attempt = 0; ; attempt++) {
        const latest = await publications
          .findOne({ canvasId: publication.canvasId }, { version: 1 })
          .sort({ version: -1 })
          .lean<Pick<PublicationDoc, 'version'>>();
        const record: PublicationRecord = { ...publication, version: (latest?.version ?? 0) + 1 };
        const { id, ...rest } = record;
        try {
          await publications.create({ _id: id, ...rest });
          return record;
        } catch (error) {
          if ((error as { code?: number }).code !== 11000 || attempt >= 10) throw error;
        }
      }
    },
  };
}

export type PublicationsRepo = ReturnType<typeof createPublicationsRepo>;
