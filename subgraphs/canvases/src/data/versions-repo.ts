import type { BlockJson } from '@tessera/canvas-model';
import type { Models, VersionDoc, VersionKind } from './models.ts';

export interface VersionRecord {
  id: string;
  canvasId: string;
  organizationId: string;
  kind: VersionKind;
  name: string | null;
  number: number;
  canvasName: string;
  /** Absent in lists (loaded on demand): a list of versions never carries every snapshot. */
  blocks?: BlockJson[];
  createdBy: string | null;
  createdAt: Date;
}

function toRecord(doc: VersionDoc | Omit<VersionDoc, 'blocks'>): VersionRecord {
  return {
    id: doc._id,
    canvasId: doc.canvasId,
    organizationId: doc.organizationId,
    kind: doc.kind,
    name: doc.name ?? null,
    number: doc.number,
    canvasName: doc.canvasName,
    ...('blocks' in doc ? { blocks: doc.blocks } : {}),
    createdBy: doc.createdBy ?? null,
    createdAt: doc.createdAt,
  };
}

export function createVersionsRepo({ versions }: Models) {
  return {
    async insert(version: VersionRecord & { blocks: BlockJson[] }): Promise<VersionRecord> {
      const doc: VersionDoc = {
        _id: version.id,
        canvasId: version.canvasId,
        organizationId: version.organizationId,
        kind: version.kind,
        name: version.name,
        number: version.number,
        canvasName: version.canvasName,
        blocks: version.blocks,
        createdBy: version.createdBy,
        createdAt: version.createdAt,
      };
      await versions.create(doc);
      return toRecord(doc);
    },

    async find(id: string): Promise<VersionRecord | null> {
      const doc = await versions.findById(id).lean<VersionDoc>();
      return doc ? toRecord(doc) : null;
    },

    /** Newest first, without blocks. */
    async listByCanvas(canvasId: string): Promise<VersionRecord[]> {
      const docs = await versions
        .find({ canvasId }, { blocks: 0 })
        .sort({ createdAt: -1, number: -1 })
        .lean<Omit<VersionDoc, 'blocks'>[]>();
      return docs.map(toRecord);
    },
  };
}

export type VersionsRepo = ReturnType<typeof createVersionsRepo>;
