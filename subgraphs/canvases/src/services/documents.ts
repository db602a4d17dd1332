import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import {
  DEFAULT_MAX_DOCUMENT_BYTES,
  canvasName,
  docFromStored,
  projectBlocks,
  type BlocksProjection,
} from '@tessera/canvas-model';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { CanvasRecord, CanvasWithState, Repositories } from '../data/index.ts';
import type { Clock } from './clock.ts';
import type { LiveDocuments } from './live-documents.ts';

/** Automatic snapshots: at most one per this interval, taken when a change arrives. */
export const AUTO_SNAPSHOT_INTERVAL_MS = 10 * 60 * 1000;
/** Compare-and-set attempts against writers in other processes (same-process writers queue, see below). */
const MAX_ATTEMPTS = 30;
const MAX_BACKOFF_MS = 250;

/**
 * Writes of one canvas in this process run one after another (shared by every `createDocuments`
 * of the process: the subgraph's and the collab server's persistence), so they never fail each
 * other's compare-and-set; only writers in other processes can, and those are retried [C1].
 */
const writeQueues = new Map<string, Promise<unknown>>();

function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = writeQueues.get(key) ?? Promise.resolve();
  const result = previous.then(task, task);
  const tail = result.then(
    () => undefined,
    () => undefined,
  );
  writeQueues.set(key, tail);
  void tail.then(() => {
    if (writeQueues.get(key) === tail) writeQueues.delete(key);
  });
  return result;
}

export interface ChangeResult<T> {
  value: T;
  /** The blocks right after the change. */
  blocks: BlocksProjection;
  /** The stored canvas after the write; when a live document took the change, as stored before it. */
  canvas: CanvasRecord;
  live: boolean;
}

export interface ChangeOptions {
  /** Apply the automatic snapshot rule (default true; a version restore takes its own snapshot). */
  autoSnapshot?: boolean;
  /** Refuse a change that grows the state past this many bytes (collab-server SPEC [L6]). */
  maxDocumentBytes?: number;
}

export interface DocumentsDeps {
  repos: Repositories;
  clock: Clock;
  logger: Logger;
  live: LiveDocuments;
}

/**
 * Every change of a canvas document goes through here: to the live Y.Doc when a collab server
 * holds it, otherwise to storage as a Yjs change (state and projection written together, with
 * compare-and-set on `version`; never rebuilt from JSON while Yjs state exists).
 */
export function createDocuments({ repos, clock, logger, live }: DocumentsDeps) {
  function snapshotDue(canvas: CanvasRecord, now: Date): boolean {
    return (
      !canvas.lastAutoSnapshotAt ||
      now.getTime() - canvas.lastAutoSnapshotAt.getTime() >= AUTO_SNAPSHOT_INTERVAL_MS
    );
  }

  /** The state before this burst of activity becomes an AUTO version. Losing one is not fatal. */
  async function takeAutoSnapshot(before: CanvasRecord, now: Date): Promise<void> {
    try {
      await repos.versions.insert({
        id: randomUUID(),
        canvasId: before.id,
        organizationId: before.organizationId,
        kind: 'AUTO',
        name: null,
        number: before.version,
        canvasName: before.name,
        blocks: before.blocks,
        createdBy: null,
        createdAt: now,
      });
    } catch (error) {
      logger.error({ err: error, canvasId: before.id }, 'automatic snapshot failed');
    }
  }

  /**
   * Writes a new document state computed from the stored one, retrying when another writer got
   * in between. `next` returns null when there is nothing to write.
   */
  function writeStored<T>(
    canvasId: string,
    next: (current: CanvasWithState) => { doc: Y.Doc; value: T; changed: boolean } | null,
    options: ChangeOptions,
  ): Promise<{ value: T; canvas: CanvasRecord; blocks: BlocksProjection } | null> {
    return oneAtATime(canvasId, () => writeStoredNow(canvasId, next, options));
  }

  async function writeStoredNow<T>(
    canvasId: string,
    next: (current: CanvasWithState) => { doc: Y.Doc; value: T; changed: boolean } | null,
    options: ChangeOptions,
  ): Promise<{ value: T; canvas: CanvasRecord; blocks: BlocksProjection } | null> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await repos.canvases.findWithState(canvasId);
      if (!current) return null;
      const computed = next(current);
      if (!computed) return null;
      const { doc, value, changed } = computed;
      if (!changed) {
        doc.destroy();
        const { yjsState: _state, ...canvas } = current;
        return { value, canvas, blocks: current.blocks };
      }
      const now = clock.now();
      const due = (options.autoSnapshot ?? true) && snapshotDue(current, now);
      const blocks = projectBlocks(doc);
      const yjsState = Y.encodeStateAsUpdate(doc);
      const cap = options.maxDocumentBytes;
      if (cap !== undefined && yjsState.length > cap && yjsState.length > (current.yjsState?.length ?? 0)) {
        doc.destroy();
        throw new AppError('BAD_USER_INPUT', `The canvas would exceed ${cap} bytes; remove content first`, {
          details: { reason: 'document-limit' },
        });
      }
      const written = await repos.canvases.writeDocument(canvasId, current.version, {
        yjsState,
        blocks,
        name: canvasName(doc) ?? current.name,
        updatedAt: now,
        ...(due ? { lastAutoSnapshotAt: now } : {}),
      });
      doc.destroy();
      if (written) {
        if (due) await takeAutoSnapshot(current, now);
        return { value, canvas: written, blocks };
      }
      // Another process wrote in between: back off (exponential, jittered) and recompute from its state.
      const ceiling = Math.min(MAX_BACKOFF_MS, 5 * 2 ** attempt);
      await new Promise((resolve) => setTimeout(resolve, ceiling / 2 + Math.random() * (ceiling / 2)));
    }
    throw new AppError('CONFLICT', 'The canvas is changing too fast to apply this change; try again');
  }

  return {
    /**
     * Applies `mutate` to the canvas document. `mutate` validates before it changes anything
     * (it may throw an AppError) and must be repeatable: it can run again after a write conflict.
     */
    async change<T>(
      canvas: CanvasRecord,
      mutate: (doc: Y.Doc) => T,
      options: ChangeOptions = {},
    ): Promise<ChangeResult<T>> {
      const box: {
        outcome?: { ok: true; value: T; blocks: BlocksProjection } | { ok: false; error: unknown };
      } = {};
      const tookIt = await live.apply(canvas.id, (doc) => {
        try {
          const value = mutate(doc);
          box.outcome = { ok: true, value, blocks: projectBlocks(doc) };
        } catch (error) {
          box.outcome = { ok: false, error };
        }
      });
      const { outcome } = box;
      if (outcome && !outcome.ok) throw outcome.error;
      if (tookIt) {
        if (!outcome) throw new Error('live document accepted a change without running it');
        return { value: outcome.value, blocks: outcome.blocks, canvas, live: true };
      }

      const stored = await writeStored(
        canvas.id,
        (current) => {
          if (current.deletedAt) throw AppError.notFound('Canvas');
          const doc = docFromStored({
            state: current.yjsState,
            json: { blocks: current.blocks, name: current.name },
          });
          let changed = current.yjsState === null;
          doc.on('update', () => (changed = true));
          const value = mutate(doc);
          return { doc, value, changed };
        },
        { maxDocumentBytes: DEFAULT_MAX_DOCUMENT_BYTES, ...options },
      );
      if (!stored) throw AppError.notFound('Canvas');
      return { ...stored, live: false };
    },

    /**
     * The collab server's store [S4][S7]: the incoming state is merged into the stored one
     * through a Y.Doc (several writers can exist), and state, projection, name, version and the
     * automatic snapshot claim are written in one update.
     */
    async storeLive(
      canvasId: string,
      state: Uint8Array,
    ): Promise<{ canvas: CanvasRecord; before: BlocksProjection; after: BlocksProjection } | null> {
      const stored = await writeStored(
        canvasId,
        (current) => {
          const doc = new Y.Doc();
          if (current.yjsState && current.yjsState.length > 0) Y.applyUpdate(doc, current.yjsState);
          const before = Y.snapshot(doc);
          Y.applyUpdate(doc, state);
          // Several instances may store the same state: an identical one is not a new version.
          const changed = !current.yjsState || !Y.equalSnapshots(before, Y.snapshot(doc));
          return { doc, value: current.blocks, changed };
        },
        {},
      );
      if (!stored)
        logger.warn({ canvasId }, 'live document stored for a canvas that no longer exists; dropped');
      return stored ? { canvas: stored.canvas, before: stored.value, after: stored.blocks } : null;
    },

    /** The freshest blocks: the live document's when there is one, else storage's. */
    currentBlocks(canvas: CanvasRecord): BlocksProjection {
      return live.project?.(canvas.id) ?? canvas.blocks;
    },
  };
}

export type Documents = ReturnType<typeof createDocuments>;
