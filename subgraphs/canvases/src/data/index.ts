import mongoose, { type Connection } from 'mongoose';
import { createCanvasesRepo } from './canvases-repo.ts';
import { modelsFor } from './models.ts';
import { createEmbedUsageRepo } from './embed-usage-repo.ts';
import { createPublicationsRepo } from './publications-repo.ts';
import { createShareLinksRepo } from './share-links-repo.ts';
import { createSigningKeysRepo } from './signing-keys-repo.ts';
import { createVersionsRepo } from './versions-repo.ts';

export type { CanvasRecord, CanvasWithState, CanvasesRepo, DocumentWrite } from './canvases-repo.ts';
export type { VersionRecord, VersionsRepo } from './versions-repo.ts';
export type { ShareLinkRecord, ShareLinksRepo } from './share-links-repo.ts';
export type { PublicationRecord, PublicationsRepo } from './publications-repo.ts';
export type { EmbedUsageRecord, EmbedUsageRepo } from './embed-usage-repo.ts';
export type { SigningKeysRepo } from './signing-keys-repo.ts';
export { TRASH_RETENTION_SECONDS, type VersionKind } from './models.ts';

export interface Repositories {
  canvases: ReturnType<typeof createCanvasesRepo>;
  versions: ReturnType<typeof createVersionsRepo>;
  shareLinks: ReturnType<typeof createShareLinksRepo>;
  publications: ReturnType<typeof createPublicationsRepo>;
  embedUsage: ReturnType<typeof createEmbedUsageRepo>;
  signingKeys: ReturnType<typeof createSigningKeysRepo>;
  /** Round trip to MongoDB, for health. */
  ping(): Promise<boolean>;
}

export function createRepositories(connection: Connection): Repositories {
  const models = modelsFor(connection);
  return {
    canvases: createCanvasesRepo(models),
    versions: createVersionsRepo(models),
    shareLinks: createShareLinksRepo(models),
    publications: createPublicationsRepo(models),
    embedUsage: createEmbedUsageRepo(models),
    signingKeys: createSigningKeysRepo(models),
    async ping() {
      try {
        await connection.db!.admin().ping();
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Opens a dedicated connection (no global mongoose state) and builds the indexes. */
export async function connectMongo(url: string): Promise<Connection> {
  const connection = await mongoose
    .createConnection(url, { serverSelectionTimeoutMS: 10_000, autoIndex: false, autoCreate: true })
    .asPromise();
  const models = modelsFor(connection);
  await Promise.all(Object.values(models).map((model) => model.createIndexes()));
  return connection;
}
