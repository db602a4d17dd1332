import type * as Y from 'yjs';
import type { BlocksProjection } from '@tessera/canvas-model';

/**
 * The live-editing seam [F5]. A GraphQL block mutation first offers its change to the live
 * document; only when no live document took it does this subgraph change storage itself.
 */
export interface LiveDocuments {
  /**
   * Runs `mutate` on the canvas's live Y.Doc in one transaction (relayed to editors, stored by
   * the collab server through `createCanvasPersistence`). Resolves true when a live document took
   * the change and it is stored (collab-server SPEC [S10]: a GraphQL answer is an acknowledgement),
   * false when the canvas is not live (then the caller writes storage).
   */
  apply(canvasId: string, mutate: (doc: Y.Doc) => void): Promise<boolean>;
  /** The live blocks, fresher than storage, or null when the canvas is not live. Optional. */
  project?(canvasId: string): BlocksProjection | null;
}

/** No collab server: every change goes to storage. */
export const noLiveDocuments: LiveDocuments = {
  apply: async () => false,
  project: () => null,
};
