// The activity feed's own records: block edits, additions, removals and single-block restores,
// one entry per person per block per burst (edits coalesce). Versions and publications are read
// from their own collections when the feed is listed.
import { randomUUID } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import { modelsFor, type PublicationDoc, type VersionDoc } from './models.ts';

export type ActivityKind = 'BLOCK_EDITED' | 'BLOCK_ADDED' | 'BLOCK_REMOVED' | 'BLOCK_RESTORED';

export interface ActivityDoc {
  _id: string;
  canvasId: string;
  organizationId: string;
  kind: ActivityKind;
  actorId: string | null;
  blockId: string | null;
  blockTitle: string | null;
  /** How many changes this entry stands for (coalesced edits). */
  count: number;
  /** A restored block: the version it came from. */
  versionNumber: number | null;
  firstAt: Date;
  at: Date;
}

export interface ActivityRecord extends Omit<ActivityDoc, '_id'> {
  id: string;
}

/** Edits by one person to one block within this long of each other are one entry. */
export const COALESCE_MS = 5 * 60 * 1000;
/** Activity older than this is dropped (MongoDB TTL). */
const RETENTION_SECONDS = 180 * 24 * 3600;

const activitySchema = new Schema<ActivityDoc>(
  {
    _id: { type: String, required: true },
    canvasId: { type: String, required: true },
    organizationId: { type: String, required: true },
    kind: { type: String, required: true },
    actorId: { type: String, default: null },
    blockId: { type: String, default: null },
    blockTitle: { type: String, default: null },
    count: { type: Number, default: 1 },
    versionNumber: { type: Number, default: null },
    firstAt: { type: Date, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false, minimize: false, strict: true },
);
activitySchema.index({ canvasId: 1, at: -1 });
activitySchema.index({ canvasId: 1, actorId: 1, blockId: 1, kind: 1, at: -1 });
activitySchema.index({ at: 1 }, { expireAfterSeconds: RETENTION_SECONDS });

function toRecord(doc: ActivityDoc): ActivityRecord {
  const { _id, ...rest } = doc;
  return { id: _id, ...rest };
}

export function activityModelFor(connection: Connection): Model<ActivityDoc> {
  return (
    (connection.models.CanvasActivity as Model<ActivityDoc> | undefined) ??
    connection.model<ActivityDoc>('CanvasActivity', activitySchema, 'canvas_activity')
  );
}

export type NewActivity = Pick<ActivityDoc, 'canvasId' | 'organizationId' | 'kind' | 'actorId'> &
  Partial<Pick<ActivityDoc, 'blockId' | 'blockTitle' | 'versionNumber'>>;

export type VersionEvent = Omit<VersionDoc, 'blocks'>;
export type PublicationEvent = Pick<PublicationDoc, '_id' | 'version' | 'publishedAt' | 'publishedBy'>;

export function createActivityRepo(connection: Connection) {
  const activity = activityModelFor(connection);
  const { versions, publications } = modelsFor(connection);
  return {
    /** Named versions and restores (automatic snapshots are not news), newest first, without blocks. */
    versionEvents(canvasId: string, limit: number, before: Date | null): Promise<VersionEvent[]> {
      return versions
        .find(
          {
            canvasId,
            kind: { $in: ['NAMED', 'BEFORE_RESTORE'] },
            ...(before ? { createdAt: { $lt: before } } : {}),
          },
          { blocks: 0 },
        )
        .sort({ createdAt: -1 })
        .limit(limit)
        .lean<VersionEvent[]>();
    },

    /** Publications, newest first, without their blocks. */
    publicationEvents(canvasId: string, limit: number, before: Date | null): Promise<PublicationEvent[]> {
      return publications
        .find(
          { canvasId, ...(before ? { publishedAt: { $lt: before } } : {}) },
          { _id: 1, version: 1, publishedAt: 1, publishedBy: 1 },
        )
        .sort({ publishedAt: -1 })
        .limit(limit)
        .lean<PublicationEvent[]>();
    },

    /** Adds an entry; an edit of the same block by the same person within COALESCE_MS extends the last one. */
    async record(entry: NewActivity, at: Date, count = 1): Promise<void> {
      if (entry.kind === 'BLOCK_EDITED' && entry.blockId) {
        const merged = await activity.findOneAndUpdate(
          {
            canvasId: entry.canvasId,
            actorId: entry.actorId,
            blockId: entry.blockId,
            kind: 'BLOCK_EDITED',
            at: { $gte: new Date(at.getTime() - COALESCE_MS) },
          },
          { $set: { at, ...(entry.blockTitle ? { blockTitle: entry.blockTitle } : {}) }, $inc: { count } },
          { sort: { at: -1 } },
        );
        if (merged) return;
      }
      await activity.create({
        _id: randomUUID(),
        blockId: null,
        blockTitle: null,
        versionNumber: null,
        ...entry,
        count,
        firstAt: at,
        at,
      });
    },

    /** Newest first, older than `before` when given. */
    async list(canvasId: string, limit: number, before: Date | null): Promise<ActivityRecord[]> {
      const docs = await activity
        .find({ canvasId, ...(before ? { at: { $lt: before } } : {}) })
        .sort({ at: -1 })
        .limit(limit)
        .lean<ActivityDoc[]>();
      return docs.map(toRecord);
    },
  };
}

export type ActivityRepo = ReturnType<typeof createActivityRepo>;
