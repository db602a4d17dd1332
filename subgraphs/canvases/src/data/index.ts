import mongoose, { type Connection } from 'mongoose';
import { createCanvasesRepo } from './canvases-repo.ts';
import { modelsFor } from './models.ts';
import { createEmbedUsageRepo } from './embed-usage-repo.ts';
import { createPublicationsRepo } from './publications-repo.ts';
import { createShareLinksRepo } from './share-links-repo.ts';
import { createSigningKeysRepo } from './signing-keys-repo.ts';
import { createVersionsRepo } from './versions-repo.ts';
import { deliveryModelsFor } from './delivery-models.ts';
import { createDeliveriesRepo } from './deliveries-repo.ts';
import { createOutboxRepo } from './outbox-repo.ts';
import { createRulesRepo } from './rules-repo.ts';
import { activityModelFor, createActivityRepo } from './activity-repo.ts';

export type { CanvasRecord, CanvasWithState, CanvasesRepo, DocumentWrite } from './canvases-repo.ts';
export type { VersionRecord, VersionsRepo } from './versions-repo.ts';
export type { ShareLinkRecord, ShareLinksRepo } from './share-links-repo.ts';
export type { PublicationRecord, PublicationsRepo } from './publications-repo.ts';
export type { EmbedUsageRecord, EmbedUsageRepo } from './embed-usage-repo.ts';
export type { SigningKeysRepo } from './signing-keys-repo.ts';
export type { RuleRecord, RulesRepo } from './rules-repo.ts';
export type { DeliveryRecord, DeliveriesRepo } from './deliveries-repo.ts';
export type { OutboxRecord, OutboxRepo } from './outbox-repo.ts';
export type { ActivityKind, ActivityRecord, ActivityRepo, NewActivity } from './activity-repo.ts';
export type * from './delivery-models.ts';
export { TRASH_RETENTION_SECONDS, type VersionKind } from './models.ts';

export interface Repositories {
  canvases: ReturnType<typeof createCanvasesRepo>;
  versions: ReturnType<typeof createVersionsRepo>;
  shareLinks: ReturnType<typeof createShareLinksRepo>;
  publications: ReturnType<typeof createPublicationsRepo>;
  embedUsage: ReturnType<typeof createEmbedUsageRepo>;
  signingKeys: ReturnType<typeof createSigningKeysRepo>;
  /** Schedules and alerts, their deliveries, the email outbox. */
  rules: ReturnType<typeof createRulesRepo>;
  deliveries: ReturnType<typeof createDeliveriesRepo>;
  outbox: ReturnType<typeof createOutboxRepo>;
  /** The activity feed's block entries (edits coalesced per person and block). */
  activity: ReturnType<typeof createActivityRepo>;
  /** Round trip to MongoDB, for health. */
  ping(): Promise<boolean>;
}

export function createRepositories(connection: Connection): Repositories {
  const models = modelsFor(connection);
  const deliveryModels = deliveryModelsFor(connection);
  return {
    canvases: createCanvasesRepo(models),
    versions: createVersionsRepo(models),
    shareLinks: createShareLinksRepo(models),
    publications: createPublicationsRepo(models),
    embedUsage: createEmbedUsageRepo(models),
    signingKeys: createSigningKeysRepo(models),
    rules: createRulesRepo(deliveryModels),
    deliveries: createDeliveriesRepo(deliveryModels),
    outbox: createOutboxRepo(deliveryModels),
    activity: createActivityRepo(connection),
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
  const models = [
    ...Object.values(modelsFor(connection)),
    ...Object.values(deliveryModelsFor(connection)),
    activityModelFor(connection),
  ];
  await Promise.all(models.map((model) => model.createIndexes()));
  return connection;
}
