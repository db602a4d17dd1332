import type { BlockJson } from '@tessera/canvas-model';
import { toBytes, type CanvasDoc, type Models } from './models.ts';

export interface CanvasRecord {
  id: string;
  organizationId: string;
  projectId: string;
  name: string;
  blocks: BlockJson[];
  version: number;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  lastAutoSnapshotAt: Date | null;
}

/** A canvas with its Yjs state, for code that changes the document. */
export interface CanvasWithState extends CanvasRecord {
  yjsState: Uint8Array | null;
}

export interface NewCanvas {
  id: string;
  organizationId: string;
  projectId: string;
  name: string;
  blocks: BlockJson[];
  yjsState: Uint8Array;
  createdBy: string | null;
  createdAt: Date;
}

/** One document write: state and projection always together. */
export interface DocumentWrite {
  yjsState: Uint8Array;
  blocks: BlockJson[];
  name?: string;
  updatedAt: Date;
  /** Set when this write claims the automatic snapshot. */
  lastAutoSnapshotAt?: Date;
}

const WITHOUT_STATE = { yjsState: 0 } as const;

function toRecord(doc: Omit<CanvasDoc, 'yjsState'> & { yjsState?: unknown }): CanvasRecord {
  return {
    id: doc._id,
    organizationId: doc.organizationId,
    projectId: doc.projectId,
    name: doc.name,
    blocks: Array.isArray(doc.blocks) ? doc.blocks : [],
    version: doc.version,
    createdBy: doc.createdBy ?? null,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    deletedAt: doc.deletedAt ?? null,
    lastAutoSnapshotAt: doc.lastAutoSnapshotAt ?? null,
  };
}

export function createCanvasesRepo({ canvases }: Models) {
  return {
    async insert(canvas: NewCanvas): Promise<CanvasRecord> {
      const doc: CanvasDoc = {
        _id: canvas.id,
        organizationId: canvas.organizationId,
        projectId: canvas.projectId,
        name: canvas.name,
        blocks: canvas.blocks,
        yjsState: Buffer.from(canvas.yjsState),
        version: 1,
        createdBy: canvas.createdBy,
        createdAt: canvas.createdAt,
        updatedAt: canvas.createdAt,
        deletedAt: null,
        lastAutoSnapshotAt: null,
      };
      await canvases.create(doc);
      return toRecord(doc);
    },

    /** The canvas without its Yjs state; deleted canvases too (callers decide). */
    async find(id: string): Promise<CanvasRecord | null> {
      const doc = await canvases.findById(id, WITHOUT_STATE).lean<CanvasDoc>();
      return doc ? toRecord(doc) : null;
    },

    async findWithState(id: string): Promise<CanvasWithState | null> {
      const doc = await canvases.findById(id).lean<CanvasDoc>();
      return doc ? { ...toRecord(doc), yjsState: toBytes(doc.yjsState) } : null;
    },

    async listByProject(
      projectId: string,
      which: { deleted: false } | { deleted: true; since: Date },
    ): Promise<CanvasRecord[]> {
      const filter = which.deleted
        ? { projectId, deletedAt: { $ne: null, $gte: which.since } }
        : { projectId, deletedAt: null };
      const docs = await canvases.find(filter, WITHOUT_STATE).sort({ createdAt: -1 }).lean<CanvasDoc[]>();
      return docs.map(toRecord);
    },

    /**
     * Compare-and-set on `version`: writes state, projection (and name) in one update and bumps
     * the version, only if nobody wrote since `expectedVersion` was read. null when someone did.
     */
    async writeDocument(
      id: string,
      expectedVersion: number,
      write: DocumentWrite,
    ): Promise<CanvasRecord | null> {
      const set: Record<string, unknown> = {
        yjsState: Buffer.from(write.yjsState),
        blocks: write.blocks,
        updatedAt: write.updatedAt,
      };
      if (write.name !== undefined) set.name = write.name;
      if (write.lastAutoSnapshotAt) set.lastAutoSnapshotAt = write.lastAutoSnapshotAt;
      const doc = await canvases
        .findOneAndUpdate(
          { _id: id, version: expectedVersion },
          { $set: set, $inc: { version: 1 } },
          { returnDocument: 'after', projection: WITHOUT_STATE },
        )
        .lean<CanvasDoc>();
      return doc ? toRecord(doc) : null;
    },

    /** Keeps the stored name in step with a rename applied to a live document. */
    async setName(id: string, name: string): Promise<void> {
      await canvases.updateOne({ _id: id }, { $set: { name } });
    },

    async softDelete(id: string, at: Date): Promise<CanvasRecord | null> {
      const doc = await canvases
        .findOneAndUpdate(
          { _id: id, deletedAt: null },
          { $set: { deletedAt: at } },
          { returnDocument: 'after', projection: WITHOUT_STATE },
        )
        .lean<CanvasDoc>();
      return doc ? toRecord(doc) : null;
    },

    /** Restores a canvas deleted at or after `since`; null when it is not (or no longer) in the trash. */
    async restore(id: string, since: Date): Promise<CanvasRecord | null> {
      const doc = await canvases
        .findOneAndUpdate(
          { _id: id, deletedAt: { $ne: null, $gte: since } },
          { $set: { deletedAt: null } },
          { returnDocument: 'after', projection: WITHOUT_STATE },
        )
        .lean<CanvasDoc>();
      return doc ? toRecord(doc) : null;
    },
  };
}

export type CanvasesRepo = ReturnType<typeof createCanvasesRepo>;
