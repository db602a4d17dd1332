import * as Y from 'yjs';
import { applyTextDiff } from './text-diff.ts';
import {
  ROOT_BLOCKS,
  ROOT_META,
  isBlockType,
  isPosition,
  isTextField,
  type BlockJson,
  type BlockPatch,
  type BlocksProjection,
  type NewBlock,
  type Position,
} from './types.ts';

/** Transaction origin of server-side changes (GraphQL mutations) [R10]. */
export const SERVER_ORIGIN = Symbol.for('tessera.collab.server');

export type BlockMap = Y.Map<unknown>;

export function blocksOf(doc: Y.Doc): Y.Map<BlockMap> {
  return doc.getMap<BlockMap>(ROOT_BLOCKS);
}

export function metaOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROOT_META);
}

function inTransaction<T>(doc: Y.Doc, fn: () => T): T {
  let result!: T;
  doc.transact(() => {
    result = fn();
  }, SERVER_ORIGIN);
  return result;
}

function setContentValue(content: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === null || value === undefined) {
    content.delete(key);
    return;
  }
  if (isTextField(key) && typeof value === 'string') {
    const existing = content.get(key);
    if (existing instanceof Y.Text) {
      applyTextDiff(existing, value);
    } else {
      const text = new Y.Text();
      content.set(key, text);
      text.insert(0, value);
    }
    return;
  }
  content.set(key, value);
}

/** Adds a block [R2]; returns its id. Within a caller's transaction it joins that transaction. */
export function addBlock(doc: Y.Doc, block: NewBlock): string {
  const id = block.id ?? crypto.randomUUID();
  if (!isBlockType(block.type)) throw new TypeError(`Unknown block type ${String(block.type)}`);
  if (!isPosition(block.position)) throw new TypeError('A block position needs integer x, y, w, h');
  inTransaction(doc, () => {
    const map = new Y.Map<unknown>();
    blocksOf(doc).set(id, map);
    map.set('id', id);
    map.set('type', block.type);
    map.set('position', copyPosition(block.position));
    const content = new Y.Map<unknown>();
    map.set('content', content);
    for (const [key, value] of Object.entries(block.content ?? {})) setContentValue(content, key, value);
  });
  return id;
}

/** Applies a patch to an existing block [R10]; false when the block does not exist. */
export function updateBlock(doc: Y.Doc, id: string, patch: BlockPatch): boolean {
  const map = blocksOf(doc).get(id);
  if (!(map instanceof Y.Map)) return false;
  if (patch.type !== undefined && !isBlockType(patch.type))
    throw new TypeError(`Unknown block type ${String(patch.type)}`);
  if (patch.position !== undefined && !isPosition(patch.position))
    throw new TypeError('A block position needs integer x, y, w, h');
  inTransaction(doc, () => {
    if (patch.type !== undefined) map.set('type', patch.type);
    if (patch.position !== undefined) map.set('position', copyPosition(patch.position));
    if (patch.content !== undefined) {
      let content = map.get('content');
      if (!(content instanceof Y.Map)) {
        content = new Y.Map<unknown>();
        map.set('content', content);
      }
      for (const [key, value] of Object.entries(patch.content))
        setContentValue(content as Y.Map<unknown>, key, value);
    }
  });
  return true;
}

/** Moves or resizes a block: the whole position is written at once [R4]. */
export function moveBlock(doc: Y.Doc, id: string, position: Position): boolean {
  return updateBlock(doc, id, { position });
}

/** Deletes a block [R6]; false when it did not exist. */
export function removeBlock(doc: Y.Doc, id: string): boolean {
  const blocks = blocksOf(doc);
  if (!blocks.has(id)) return false;
  inTransaction(doc, () => blocks.delete(id));
  return true;
}

/** The Y.Text of a block's text field, created when missing (for editor bindings). */
export function blockText(doc: Y.Doc, id: string, field: 'sql' | 'markdown'): Y.Text | null {
  const map = blocksOf(doc).get(id);
  if (!(map instanceof Y.Map)) return null;
  const content = map.get('content');
  if (!(content instanceof Y.Map)) return null;
  const existing = content.get(field);
  if (existing instanceof Y.Text) return existing;
  return inTransaction(doc, () => {
    const text = new Y.Text();
    content.set(field, text);
    if (typeof existing === 'string') text.insert(0, existing);
    return text;
  });
}

/** One block as JSON, or null when missing or malformed [R7]. */
export function projectBlock(doc: Y.Doc, id: string): BlockJson | null {
  const map = blocksOf(doc).get(id);
  return map instanceof Y.Map ? blockToJson(id, map) : null;
}

/** The JSON projection of every well-formed block, in reading order, content keys sorted [R7]. */
export function projectBlocks(doc: Y.Doc): BlocksProjection {
  const result: BlockJson[] = [];
  blocksOf(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const block = blockToJson(id, map);
    if (block) result.push(block);
  });
  return result.sort(
    (a, b) =>
      a.position.y - b.position.y || a.position.x - b.position.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export function canvasName(doc: Y.Doc): string | null {
  const name = metaOf(doc).get('name');
  return typeof name === 'string' ? name : null;
}

export function setCanvasName(doc: Y.Doc, name: string): void {
  inTransaction(doc, () => metaOf(doc).set('name', name));
}

function blockToJson(id: string, map: BlockMap): BlockJson | null {
  const type = map.get('type');
  const position = map.get('position');
  if (!isBlockType(type) || !isPosition(position)) return null;
  const content: Record<string, unknown> = {};
  const yContent = map.get('content');
  if (yContent instanceof Y.Map) {
    // Sorted keys: Y.Map iteration order depends on how the doc was built, the projection must not.
    for (const key of [...yContent.keys()].sort()) {
      const value = yContent.get(key);
      content[key] = value instanceof Y.AbstractType ? value.toJSON() : value;
    }
  }
  return { id, type, position: copyPosition(position), content };
}

function copyPosition(p: Position): Position {
  return { x: p.x, y: p.y, w: p.w, h: p.h };
}
