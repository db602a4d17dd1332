// `@tessera/canvases/live`: what the collab server [F5] needs from the canvases data layer.
// No server side effects: importing this module connects nothing and listens nowhere.
import type { Connection } from 'mongoose';
import type { BlocksProjection } from '@tessera/canvas-model';
import { silentLogger, type Logger } from '@tessera/logger';
import { connectMongo, createRepositories, type Repositories } from './data/index.ts';
import { systemClock, type Clock } from './services/clock.ts';
import { createDocuments } from './services/documents.ts';
import { noLiveDocuments } from './services/live-documents.ts';
import { createActivityRecorder, entriesFor } from './services/activity/activity-service.ts';
import { createShareTokenVerifier, type VerifyShareToken } from './services/share-tokens.ts';

export { noLiveDocuments, type LiveDocuments } from './services/live-documents.ts';
export { AUTO_SNAPSHOT_INTERVAL_MS } from './services/documents.ts';
export {
  createShareTokenVerifier,
  shareLinkReason,
  ShareLinkReason,
  type ShareGrant,
  type ShareLinkReasonName,
  type VerifyShareToken,
} from './services/share-tokens.ts';
export type { Repositories } from './data/index.ts';
export type { Clock } from './services/clock.ts';

/** Matches the collab server's `PersistenceAdapter` (collab-server/src/persistence/types.ts). */
export interface CanvasPersistence {
  /** null: no such canvas, or it is in the trash (the socket is closed with 4404). */
  fetch(
    canvasId: string,
  ): Promise<{ state: Uint8Array | null; json: { blocks: BlocksProjection; name: string } } | null>;
  /**
   * Merges `state` into the stored state through a Y.Doc [S7] and writes state, projection
   * (recomputed from the merged state), name, version + 1, updatedAt and the automatic snapshot
   * claim in one compare-and-set update. `update` and `projection` are accepted and not needed.
   */
  store(
    canvasId: string,
    payload: {
      state: Uint8Array;
      update?: Uint8Array;
      projection?: BlocksProjection;
      /** Who changed which blocks since the previous store: the activity feed's entries. */
      edits?: { userId: string; name: string; blockIds: string[]; addedIds?: string[] }[];
    },
  ): Promise<void>;
}

/** The collab server's persistence hook on the canvas documents of this subgraph. */
export function createCanvasPersistence(
  repos: Repositories,
  options: { clock?: Clock; logger?: Logger } = {},
): CanvasPersistence {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const documents = createDocuments({ repos, clock, logger, live: noLiveDocuments });
  const record = createActivityRecorder({ activity: repos.activity, clock, logger });
  return {
    async fetch(canvasId) {
      const canvas = await repos.canvases.findWithState(canvasId);
      if (!canvas || canvas.deletedAt) return null;
      return { state: canvas.yjsState, json: { blocks: canvas.blocks, name: canvas.name } };
    },
    async store(canvasId, payload) {
      const stored = await documents.storeLive(canvasId, payload.state);
      if (!stored || !payload.edits) return;
      for (const edit of payload.edits)
        await record(
          entriesFor(stored.canvas, edit.userId, edit.blockIds, stored.before, stored.after, edit.addedIds),
        );
    },
  };
}

export interface CanvasInfo {
  id: string;
  organizationId: string;
  projectId: string;
  name: string;
}

export interface CanvasStore {
  repos: Repositories;
  persistence: CanvasPersistence;
  /** For share-link sockets: throws FORBIDDEN with `details.reason` SHARE_LINK_INVALID / _EXPIRED / _REVOKED. */
  verifyShareToken: VerifyShareToken;
  /** Owner of a canvas (null when missing or deleted), for membership checks on user sockets. */
  canvasInfo(canvasId: string): Promise<CanvasInfo | null>;
  close(): Promise<void>;
}

/** Opens the canvas storage for another process or component (its own MongoDB connection). */
export async function openCanvasStore(options: {
  mongodbUrl: string;
  clock?: Clock;
  logger?: Logger;
}): Promise<CanvasStore> {
  const connection: Connection = await connectMongo(options.mongodbUrl);
  const repos = createRepositories(connection);
  const clock = options.clock ?? systemClock;
  return {
    repos,
    persistence: createCanvasPersistence(repos, {
      clock,
      ...(options.logger ? { logger: options.logger } : {}),
    }),
    verifyShareToken: createShareTokenVerifier({ repos, clock }),
    async canvasInfo(canvasId) {
      const canvas = /^[0-9a-f-]{36}$/i.test(canvasId) ? await repos.canvases.find(canvasId) : null;
      if (!canvas || canvas.deletedAt) return null;
      return {
        id: canvas.id,
        organizationId: canvas.organizationId,
        projectId: canvas.projectId,
        name: canvas.name,
      };
    },
    close: () => connection.close(),
  };
}
