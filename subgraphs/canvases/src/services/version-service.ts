import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type * as Y from 'yjs';
import {
  addBlock,
  blocksOf,
  projectBlock,
  projectBlocks,
  removeBlock,
  updateBlock,
  type BlockJson,
} from '@tessera/canvas-model';
import type { Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { CanvasRecord, Repositories, VersionRecord } from '../data/index.ts';
import { UUID, actorId, type Access } from './access.ts';
import { validName } from './canvas-service.ts';
import type { Clock } from './clock.ts';
import type { Documents } from './documents.ts';
import { BLOCK_RESTORE_PREFIX, titleOf, type RecordActivity } from './activity/activity-service.ts';

/**
 * Turns the document's blocks into `target` with ordinary Yjs edits (remove, add, per-key
 * update; text through minimal diffs), so a restore is one more change that merges with live
 * editors instead of a replacement of the document.
 */
export function replaceBlocks(doc: Y.Doc, target: BlockJson[]): void {
  const wanted = new Map(target.map((b) => [b.id, b]));
  for (const id of [...blocksOf(doc).keys()]) if (!wanted.has(id)) removeBlock(doc, id);
  for (const block of target) {
    const current = projectBlock(doc, block.id);
    if (!current) {
      if (blocksOf(doc).has(block.id)) removeBlock(doc, block.id);
      addBlock(doc, block);
      continue;
    }
    const content: Record<string, unknown> = {};
    for (const key of Object.keys(current.content)) if (!(key in block.content)) content[key] = null;
    for (const [key, value] of Object.entries(block.content))
      if (!isDeepStrictEqual(current.content[key], value)) content[key] = value;
    const samePlace = isDeepStrictEqual(current.position, block.position);
    if (current.type === block.type && samePlace && Object.keys(content).length === 0) continue;
    updateBlock(doc, block.id, { type: block.type, position: block.position, content });
  }
}

export interface VersionServiceDeps {
  repos: Repositories;
  access: Access;
  documents: Documents;
  clock: Clock;
  logger: Logger;
  /** The activity feed (issue 22). */
  record?: RecordActivity;
}

export function createVersionService({
  repos,
  access,
  documents,
  clock,
  logger,
  record = async () => undefined,
}: VersionServiceDeps) {
  async function withBlocks(version: VersionRecord): Promise<VersionRecord & { blocks: BlockJson[] }> {
    if (version.blocks) return version as VersionRecord & { blocks: BlockJson[] };
    const full = await repos.versions.find(version.id);
    return { ...version, blocks: full?.blocks ?? [] };
  }

  return {
    async list(identity: Identity, canvasId: string): Promise<VersionRecord[]> {
      const { canvas } = await access.canvas(identity, canvasId, 'VIEWER');
      return repos.versions.listByCanvas(canvas.id);
    },

    /** A version with its blocks (preview). Another tenant's version is NOT_FOUND. */
    async get(identity: Identity, id: string): Promise<VersionRecord> {
      const version = UUID.test(id) ? await repos.versions.find(id) : null;
      if (!version) throw AppError.notFound('Version');
      await access.canvas(identity, version.canvasId, 'VIEWER').catch((error: unknown) => {
        throw (error as AppError).code === 'NOT_FOUND' ? AppError.notFound('Version') : error;
      });
      return version;
    },

    blocksOf: async (version: VersionRecord) => (await withBlocks(version)).blocks,

    listForCanvas: (canvas: CanvasRecord) => repos.versions.listByCanvas(canvas.id),

    async createNamed(identity: Identity, canvasId: string, rawName: string): Promise<VersionRecord> {
      const name = validName(rawName);
      const { canvas } = await access.canvas(identity, canvasId, 'EDITOR');
      return repos.versions.insert({
        id: randomUUID(),
        canvasId: canvas.id,
        organizationId: canvas.organizationId,
        kind: 'NAMED',
        name,
        number: canvas.version,
        canvasName: canvas.name,
        blocks: documents.currentBlocks(canvas),
        createdBy: actorId(identity),
        createdAt: clock.now(),
      });
    },

    /**
     * Brings a version's blocks back as a new change (a new version number). The state it
     * replaces is saved first as a BEFORE_RESTORE version: nothing is destroyed.
     */
    async restore(identity: Identity, canvasId: string, versionId: string): Promise<CanvasRecord> {
      const { canvas } = await access.canvas(identity, canvasId, 'EDITOR');
      const version = UUID.test(versionId) ? await repos.versions.find(versionId) : null;
      if (!version || version.canvasId !== canvas.id) throw AppError.notFound('Version');
      const target = (await withBlocks(version)).blocks;
      const result = await documents.change(
        canvas,
        (doc) => {
          const before = projectBlocks(doc);
          replaceBlocks(doc, target);
          return before;
        },
        { autoSnapshot: false },
      );
      const label = version.name ? `"${version.name}"` : `version ${version.number}`;
      await repos.versions.insert({
        id: randomUUID(),
        canvasId: canvas.id,
        organizationId: canvas.organizationId,
        kind: 'BEFORE_RESTORE',
        name: `Before restoring ${label}`,
        number: result.live ? canvas.version : result.canvas.version - 1,
        canvasName: canvas.name,
        blocks: result.value,
        createdBy: actorId(identity),
        createdAt: clock.now(),
      });
      logger.info({ canvasId, versionId, live: result.live }, 'canvas version restored');
      return { ...result.canvas, blocks: result.blocks };
    },

    /**
     * Brings one block back as it was in a version (its content and type; its place on the canvas
     * when it was deleted since). The canvas it replaces is kept as a BEFORE_RESTORE version and the
     * restore is an entry of the activity feed. Another canvas's version or an unknown block: NOT_FOUND.
     */
    async restoreBlock(
      identity: Identity,
      canvasId: string,
      versionId: string,
      blockId: string,
    ): Promise<BlockJson> {
      const { canvas } = await access.canvas(identity, canvasId, 'EDITOR');
      const version = UUID.test(versionId) ? await repos.versions.find(versionId) : null;
      if (!version || version.canvasId !== canvas.id) throw AppError.notFound('Version');
      const wanted = (await withBlocks(version)).blocks.find((b) => b.id === blockId);
      if (!wanted) throw AppError.notFound('Block');
      const result = await documents.change(
        canvas,
        (doc) => {
          const before = projectBlocks(doc);
          const current = before.find((b) => b.id === blockId);
          const target = before.map((b) => (b.id === blockId ? { ...wanted, position: b.position } : b));
          if (!current) target.push(wanted);
          replaceBlocks(doc, target);
          return { before, restored: projectBlock(doc, blockId)! };
        },
        { autoSnapshot: false },
      );
      const { before, restored } = result.value;
      await repos.versions.insert({
        id: randomUUID(),
        canvasId: canvas.id,
        organizationId: canvas.organizationId,
        kind: 'BEFORE_RESTORE',
        name: `${BLOCK_RESTORE_PREFIX}"${titleOf(restored)}" from version ${version.number}`.slice(0, 200),
        number: result.live ? canvas.version : result.canvas.version - 1,
        canvasName: canvas.name,
        blocks: before,
        createdBy: actorId(identity),
        createdAt: clock.now(),
      });
      await record([
        {
          canvasId: canvas.id,
          organizationId: canvas.organizationId,
          actorId: actorId(identity),
          kind: 'BLOCK_RESTORED',
          blockId,
          blockTitle: titleOf(restored),
          versionNumber: version.number,
        },
      ]);
      logger.info({ canvasId, versionId, blockId, live: result.live }, 'canvas block restored');
      return restored;
    },
  };
}

export type VersionService = ReturnType<typeof createVersionService>;
