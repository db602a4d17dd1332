// `@tessera/collab-server/doc`: the canvas document layout shared by the collab server, the
// canvases subgraph and the web app. No server imports here (it runs in browsers too).
export * from './types.ts';
export {
  SERVER_ORIGIN,
  addBlock,
  blockText,
  blocksOf,
  canvasName,
  metaOf,
  moveBlock,
  projectBlock,
  projectBlocks,
  removeBlock,
  setCanvasName,
  updateBlock,
  type BlockMap,
} from './blocks.ts';
export { applyTextDiff } from './text-diff.ts';
export { changeStoredDocument, docFromProjection, docFromStored, mergeStates, type StoredDocumentChange } from './projection.ts';
export * from './protocol.ts';
export * from './limits.ts';
export { decodeStatusMessage, encodeStatusMessage, readStatusPayload } from './status.ts';
export * from '../client/index.ts';
