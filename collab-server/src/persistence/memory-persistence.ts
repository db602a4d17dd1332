import { docFromProjection, mergeStates, projectBlocks, type BlocksProjection } from '@tessera/canvas-model';
import * as Y from 'yjs';
import type { PersistenceAdapter, StoredCanvas, StorePayload } from './types.ts';

export interface MemoryCanvas {
  state: Uint8Array | null;
  json?: unknown;
  projection: BlocksProjection;
  stores: number;
  updatedAt: number;
}

/** In-memory storage for tests and the benchmark. Stores merge [S7]. */
export class MemoryPersistence implements PersistenceAdapter {
  readonly canvases = new Map<string, MemoryCanvas>();
  /** Delay of every fetch, to test that nothing is answered before the load [S1]. */
  fetchDelayMs = 0;
  /** When set, store() rejects with it (to test retries [S5]). */
  storeError: Error | null = null;
  /** Creates canvases on first fetch (benchmark). */
  autoCreate: ((canvasId: string) => StoredCanvas) | null = null;
  /** Merge into the stored state [S7]; false models a single-writer store (benchmark). */
  merge = true;
  private readonly listeners = new Set<(canvasId: string, canvas: MemoryCanvas) => void>();

  /** A canvas with JSON blocks and no Yjs state (or with a given state). */
  create(canvasId: string, json: unknown = [], state: Uint8Array | null = null): void {
    const projection = state ? projectFromState(state) : projectBlocks(docFromProjection(json));
    this.canvases.set(canvasId, { state, json, projection, stores: 0, updatedAt: Date.now() });
  }

  get(canvasId: string): MemoryCanvas | undefined {
    return this.canvases.get(canvasId);
  }

  onStore(listener: (canvasId: string, canvas: MemoryCanvas) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async fetch(canvasId: string): Promise<StoredCanvas | null> {
    if (this.fetchDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.fetchDelayMs));
    const canvas = this.canvases.get(canvasId);
    if (!canvas) {
      if (!this.autoCreate) return null;
      const created = this.autoCreate(canvasId);
      return { state: created.state, json: created.json };
    }
    return { state: canvas.state, json: canvas.json };
  }

  async store(canvasId: string, payload: StorePayload): Promise<void> {
    if (this.storeError) throw this.storeError;
    const existing = this.canvases.get(canvasId);
    const merged =
      this.merge && existing?.state
        ? mergeStates(existing.state, payload.state)
        : { state: payload.state, projection: payload.projection };
    const canvas: MemoryCanvas = {
      state: merged.state,
      json: merged.projection,
      projection: merged.projection,
      stores: (existing?.stores ?? 0) + 1,
      updatedAt: Date.now(),
    };
    this.canvases.set(canvasId, canvas);
    for (const listener of this.listeners) listener(canvasId, canvas);
  }
}

function projectFromState(state: Uint8Array): BlocksProjection {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const projection = projectBlocks(doc);
  doc.destroy();
  return projection;
}
