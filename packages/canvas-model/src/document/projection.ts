import * as Y from 'yjs';
import { addBlock, projectBlocks, setCanvasName } from './blocks.ts';
import { isBlockType, isPosition, type BlocksProjection, type NewBlock } from './types.ts';

/**
 * Builds the first Y.Doc of a canvas that has JSON blocks but no Yjs state yet [R9]. Accepts the
 * projection array or `{ blocks, name }`; malformed blocks are skipped. Never call it for a canvas
 * that has Yjs state: the new items would get new ids and merge badly with clients' copies.
 */
export function docFromProjection(json: unknown, options: { name?: string } = {}): Y.Doc {
  const doc = new Y.Doc();
  const source = Array.isArray(json) ? json : (json as { blocks?: unknown } | null)?.blocks;
  const name = options.name ?? (json as { name?: unknown } | null)?.name;
  doc.transact(() => {
    if (typeof name === 'string') setCanvasName(doc, name);
    if (!Array.isArray(source)) return;
    for (const entry of source) {
      const block = toNewBlock(entry);
      if (block) addBlock(doc, block);
    }
  });
  return doc;
}

function toNewBlock(entry: unknown): NewBlock | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const e = entry as Record<string, unknown>;
  if (typeof e.id !== 'string' || !isBlockType(e.type) || !isPosition(e.position)) return null;
  const content =
    typeof e.content === 'object' && e.content !== null && !Array.isArray(e.content)
      ? (e.content as Record<string, unknown>)
      : {};
  return { id: e.id, type: e.type, position: e.position, content };
}

/** Loads stored state into a fresh doc, or builds it from JSON when there is no state [R9]. */
export function docFromStored(stored: { state: Uint8Array | null; json?: unknown }): Y.Doc {
  if (stored.state && stored.state.length > 0) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.state);
    return doc;
  }
  return docFromProjection(stored.json ?? []);
}

export interface StoredDocumentChange {
  /** Full state compacted through a Y.Doc. */
  state: Uint8Array;
  /** Only what `change` added, for adapters that append increments. */
  update: Uint8Array;
  projection: BlocksProjection;
}

/**
 * For the canvases data layer when a canvas is not live in a collab server (`applyToCanvas`
 * returned false): applies a GraphQL mutation to the stored document and returns what to write
 * back, state and projection together [R28].
 */
export function changeStoredDocument(
  stored: { state: Uint8Array | null; json?: unknown },
  change: (doc: Y.Doc) => void,
): StoredDocumentChange {
  const doc = docFromStored(stored);
  const updates: Uint8Array[] = [];
  const onUpdate = (update: Uint8Array) => updates.push(update);
  const wasBuilt = !(stored.state && stored.state.length > 0);
  if (wasBuilt) updates.push(Y.encodeStateAsUpdate(doc));
  doc.on('update', onUpdate);
  try {
    change(doc);
  } finally {
    doc.off('update', onUpdate);
  }
  const result = {
    state: Y.encodeStateAsUpdate(doc),
    update: Y.mergeUpdates(updates),
    projection: projectBlocks(doc),
  };
  doc.destroy();
  return result;
}

/** Union of two states, compacted through a Y.Doc [R29]; also returns the merged projection. */
export function mergeStates(
  stored: Uint8Array | null,
  incoming: Uint8Array,
): { state: Uint8Array; projection: BlocksProjection } {
  const doc = new Y.Doc();
  if (stored && stored.length > 0) Y.applyUpdate(doc, stored);
  Y.applyUpdate(doc, incoming);
  const result = { state: Y.encodeStateAsUpdate(doc), projection: projectBlocks(doc) };
  doc.destroy();
  return result;
}
