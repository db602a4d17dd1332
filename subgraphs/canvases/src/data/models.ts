import { Schema, type Connection, type Model } from 'mongoose';
import type { BlockJson } from '@tessera/canvas-model';

/** Trash retention: a deleted canvas can be restored this long, then MongoDB purges it (TTL). */
export const TRASH_RETENTION_SECONDS = 30 * 24 * 3600;

export type VersionKind = 'AUTO' | 'NAMED' | 'BEFORE_RESTORE';

/** The canvas document: Yjs state and its JSON projection live side by side (see README). */
export interface CanvasDoc {
  _id: string;
  organizationId: string;
  projectId: string;
  name: string;
  /** The JSON projection of the Yjs document (`projectBlocks`), what GraphQL reads. */
  blocks: BlockJson[];
  /** `Y.encodeStateAsUpdate(doc)`; null only for a canvas written before live editing existed. */
  yjsState: Uint8Array | null;
  version: number;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  /** When the last automatic snapshot was taken (at most one per 10 minutes). */
  lastAutoSnapshotAt: Date | null;
}

export interface VersionDoc {
  _id: string;
  canvasId: string;
  organizationId: string;
  kind: VersionKind;
  name: string | null;
  number: number;
  canvasName: string;
  blocks: BlockJson[];
  createdBy: string | null;
  createdAt: Date;
}

export interface ShareLinkDoc {
  _id: string;
  canvasId: string;
  organizationId: string;
  lockedFilters: Record<string, unknown>;
  /** Origins allowed to frame /embed/<token> (CSP frame-ancestors); empty: 'self' only. */
  allowedOrigins: string[];
  /** Seconds since the epoch, as in the token's `iat` (the token is re-signed from these fields). */
  issuedAt: number;
  expiresAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  revokedAt: Date | null;
  /** The `/s/<code>` short link (base62, random); absent on links created before short links, until first listed. */
  shortCode?: string;
}

/** An immutable snapshot that share links and embeds serve; numbered 1, 2, … per canvas. */
export interface PublicationDoc {
  _id: string;
  canvasId: string;
  organizationId: string;
  version: number;
  canvasName: string;
  /** The published blocks, in canvas order (full content: SQL text stays server-side unless showCode). */
  blocks: BlockJson[];
  /** Unpublished blocks the published ones need to run (SQL they read, FILTER defaults); never shown. */
  support: BlockJson[];
  /** Every block id on the canvas when it was published (so hidden blocks are not "added" later). */
  canvasBlockIds: string[];
  showCode: boolean;
  note: string | null;
  publishedBy: string | null;
  publishedAt: Date;
}

/** Counters of one viewer of a canvas's links and embeds on one UTC day. */
export interface EmbedUsageDoc {
  canvasId: string;
  organizationId: string;
  /** YYYY-MM-DD (UTC). */
  day: string;
  /** `link:<share link id>`, or a signed embed's `sub` claim (`signed` without one). */
  viewer: string;
  via: 'link' | 'signed';
  views: number;
  blocksRun: number;
  lastSeenAt: Date;
}

export interface SigningKeyDoc {
  /** The organization id. */
  _id: string;
  key: Uint8Array;
  createdAt: Date;
}

const options = { versionKey: false, minimize: false, strict: true } as const;

const canvasSchema = new Schema<CanvasDoc>(
  {
    _id: { type: String, required: true },
    organizationId: { type: String, required: true },
    projectId: { type: String, required: true },
    name: { type: String, required: true },
    blocks: { type: Schema.Types.Mixed, default: [] },
    yjsState: { type: Buffer, default: null },
    version: { type: Number, required: true },
    createdBy: { type: String, default: null },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    deletedAt: { type: Date, default: null },
    lastAutoSnapshotAt: { type: Date, default: null },
  },
  options,
);
canvasSchema.index({ projectId: 1, deletedAt: 1, createdAt: -1 });
// Purges a trashed canvas 30 days after deletion (documents with deletedAt null never expire).
canvasSchema.index({ deletedAt: 1 }, { expireAfterSeconds: TRASH_RETENTION_SECONDS });

const versionSchema = new Schema<VersionDoc>(
  {
    _id: { type: String, required: true },
    canvasId: { type: String, required: true },
    organizationId: { type: String, required: true },
    kind: { type: String, required: true, enum: ['AUTO', 'NAMED', 'BEFORE_RESTORE'] },
    name: { type: String, default: null },
    number: { type: Number, required: true },
    canvasName: { type: String, required: true },
    blocks: { type: Schema.Types.Mixed, default: [] },
    createdBy: { type: String, default: null },
    createdAt: { type: Date, required: true },
  },
  options,
);
versionSchema.index({ canvasId: 1, createdAt: -1 });

const shareLinkSchema = new Schema<ShareLinkDoc>(
  {
    _id: { type: String, required: true },
    canvasId: { type: String, required: true },
    organizationId: { type: String, required: true },
    lockedFilters: { type: Schema.Types.Mixed, default: {} },
    allowedOrigins: { type: [String], default: [] },
    issuedAt: { type: Number, required: true },
    expiresAt: { type: Date, default: null },
    createdBy: { type: String, default: null },
    createdAt: { type: Date, required: true },
    revokedAt: { type: Date, default: null },
    shortCode: { type: String },
  },
  options,
);
shareLinkSchema.index({ canvasId: 1, createdAt: -1 });
shareLinkSchema.index({ shortCode: 1 }, { unique: true, sparse: true });

const publicationSchema = new Schema<PublicationDoc>(
  {
    _id: { type: String, required: true },
    canvasId: { type: String, required: true },
    organizationId: { type: String, required: true },
    version: { type: Number, required: true },
    canvasName: { type: String, required: true },
    blocks: { type: Schema.Types.Mixed, default: [] },
    support: { type: Schema.Types.Mixed, default: [] },
    canvasBlockIds: { type: [String], default: [] },
    showCode: { type: Boolean, required: true },
    note: { type: String, default: null },
    publishedBy: { type: String, default: null },
    publishedAt: { type: Date, required: true },
  },
  options,
);
// One number per canvas: two publishers at once cannot both be version n.
publicationSchema.index({ canvasId: 1, version: -1 }, { unique: true });

const embedUsageSchema = new Schema<EmbedUsageDoc>(
  {
    canvasId: { type: String, required: true },
    organizationId: { type: String, required: true },
    day: { type: String, required: true },
    viewer: { type: String, required: true },
    via: { type: String, required: true, enum: ['link', 'signed'] },
    views: { type: Number, default: 0 },
    blocksRun: { type: Number, default: 0 },
    lastSeenAt: { type: Date, required: true },
  },
  { ...options, _id: true },
);
embedUsageSchema.index({ canvasId: 1, day: 1, viewer: 1 }, { unique: true });
embedUsageSchema.index({ organizationId: 1, day: 1 });

const signingKeySchema = new Schema<SigningKeyDoc>(
  {
    _id: { type: String, required: true },
    key: { type: Buffer, required: true },
    createdAt: { type: Date, required: true },
  },
  options,
);

export interface Models {
  canvases: Model<CanvasDoc>;
  versions: Model<VersionDoc>;
  shareLinks: Model<ShareLinkDoc>;
  publications: Model<PublicationDoc>;
  embedUsage: Model<EmbedUsageDoc>;
  signingKeys: Model<SigningKeyDoc>;
}

/** Registers the models on a connection (idempotent: one connection can be shared). */
export function modelsFor(connection: Connection): Models {
  const model = <T>(name: string, schema: Schema<T>, collection: string): Model<T> =>
    (connection.models[name] as Model<T> | undefined) ?? connection.model<T>(name, schema, collection);
  return {
    canvases: model('Canvas', canvasSchema, 'canvases'),
    versions: model('CanvasVersion', versionSchema, 'canvas_versions'),
    shareLinks: model('ShareLink', shareLinkSchema, 'share_links'),
    publications: model('CanvasPublication', publicationSchema, 'canvas_publications'),
    embedUsage: model('EmbedUsage', embedUsageSchema, 'embed_usage'),
    signingKeys: model('SigningKey', signingKeySchema, 'share_signing_keys'),
  };
}

/** bson Binary / Buffer / Uint8Array → Uint8Array (lean reads return bson Binary). */
export function toBytes(value: unknown): Uint8Array | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Uint8Array) return value;
  const buffer = (value as { buffer?: unknown }).buffer;
  if (buffer instanceof Uint8Array) return buffer;
  throw new TypeError('Expected binary data');
}
