import type { BlocksProjection } from '@tessera/canvas-model';

/** What storage holds for a canvas. `state: null` with `json`: a canvas that predates live editing [D9]. */
export interface StoredCanvas {
  state: Uint8Array | null;
  /** The blocks as JSON (projection array or `{ blocks, name }`); used only when `state` is null. */
  json?: unknown;
}

export interface StorePayload {
  /** Full state, compacted through the live Y.Doc [S4]. */
  state: Uint8Array;
  /** What changed since the previous store (structs past its state vector, and the delete set). */
  update?: Uint8Array;
  /** `projectBlocks(doc)`, written in the same write as `state` so GraphQL reads see live edits. */
  projection: BlocksProjection;
  /** Who changed which blocks since the previous store (people only; for the activity feed). */
  edits?: { userId: string; name: string; blockIds: string[]; addedIds?: string[] }[];
}

/**
 * The persistence hook (hocuspocus-style fetch/store). The canvases data layer implements it on
 * its canvas document: `fetch` reads `{ yjsState, blocks }`, `store` writes both in one update and
 * merges when several writers can exist [S7]. See README.md.
 */
export interface PersistenceAdapter {
  /** null: no such canvas (the client is closed with 4404). */
  fetch(canvasId: string): Promise<StoredCanvas | null>;
  store(canvasId: string, payload: StorePayload): Promise<void>;
}
