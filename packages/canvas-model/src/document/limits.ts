// Size limits of the canvas document, shared by the GraphQL path (canvases subgraph) and the live
// path (collab server) [R27][R27]. Browser-safe: imports only yjs.
import * as Y from 'yjs';
import { ROOT_BLOCKS, isTextField } from './types.ts';

/** `sql` and `markdown` of one block: at most this many characters (GraphQL and live) [R27]. */
export const MAX_BLOCK_TEXT_CHARS = 100_000;
/** The other `content` keys of one block, as JSON: at most this many bytes [R27]. */
export const MAX_BLOCK_CONTENT_BYTES = 1024 * 1024;
/** Default cap of a whole document's encoded Yjs state (COLLAB_MAX_DOCUMENT_BYTES) [R27]. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

export interface BlockLimitViolation {
  blockId: string;
  field: string;
  reason: string;
}

const encoder = new TextEncoder();

/** The first limit a block breaks, or null. Malformed blocks are not this function's business [R7]. */
export function blockLimitViolation(blockId: string, block: unknown): BlockLimitViolation | null {
  if (!(block instanceof Y.Map)) return null;
  const content = block.get('content');
  if (!(content instanceof Y.Map)) return null;
  let plainBytes = 0;
  for (const [key, value] of content.entries()) {
    if (value instanceof Y.Text || (isTextField(key) && typeof value === 'string')) {
      const length = typeof value === 'string' ? value.length : value.length;
      if (length > MAX_BLOCK_TEXT_CHARS) {
        return {
          blockId,
          field: `content.${key}`,
          reason: `must be at most ${MAX_BLOCK_TEXT_CHARS.toLocaleString('en')} characters`,
        };
      }
      continue;
    }
    const json =
      value instanceof Y.AbstractType ? JSON.stringify(value.toJSON()) : JSON.stringify(value ?? null);
    plainBytes += encoder.encode(json).length + key.length;
    if (plainBytes > MAX_BLOCK_CONTENT_BYTES) {
      return {
        blockId,
        field: 'content',
        reason: `must be at most ${MAX_BLOCK_CONTENT_BYTES} bytes of JSON besides sql and markdown`,
      };
    }
  }
  return null;
}

/**
 * The ids of the blocks a transaction changed (added, or changed anywhere inside), from
 * `transaction.changed` (each changed type with the keys that changed). Blocks deleted by the transaction are not included.
 */
export function blocksTouchedBy(
  doc: Y.Doc,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its changed map with YEvent<any>
  changed: Map<Y.AbstractType<any>, Set<string | null>>,
): Set<string> {
  const blocks = doc.getMap(ROOT_BLOCKS);
  const ids = new Set<string>();
  for (const [type, keys] of changed) {
    if (type === blocks) {
      // Keys set (or deleted) on the root: the blocks added or replaced.
      for (const key of keys) if (key !== null && blocks.has(key)) ids.add(key);
      continue;
    }
    // Walk up to the child of the blocks root: its key is the block id.
    let current: Y.AbstractType<unknown> | null = type as Y.AbstractType<unknown>;
    while (current && current._item) {
      const parent = current._item.parent as Y.AbstractType<unknown> | null;
      if (parent === blocks) {
        if (current._item.parentSub && !current._item.deleted) ids.add(current._item.parentSub);
        break;
      }
      current = parent;
    }
  }
  return ids;
}

/** The first limit any of `blockIds` breaks in `doc`, or null [R27]. */
export function firstBlockLimitViolation(doc: Y.Doc, blockIds: Iterable<string>): BlockLimitViolation | null {
  const blocks = doc.getMap(ROOT_BLOCKS);
  for (const id of blockIds) {
    const violation = blockLimitViolation(id, blocks.get(id));
    if (violation) return violation;
  }
  return null;
}
