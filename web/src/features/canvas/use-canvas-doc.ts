// React views of the canvas document and of presence.
import { blocksOf, canvasName, projectBlocks, type BlockJson } from '@tessera/canvas-model';
import { useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

function docStore<T>(doc: Y.Doc, read: () => T) {
  let snapshot = read();
  return {
    subscribe(listener: () => void) {
      const onUpdate = () => {
        snapshot = read();
        listener();
      };
      doc.on('update', onUpdate);
      return () => doc.off('update', onUpdate);
    },
    get: () => snapshot,
  };
}

/** Deep equality of JSON values (block content is JSON: Y types are projected to it). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const key of ka)
    if (!sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  return true;
}

/**
 * The document's blocks with structural sharing: a block that did not change keeps its object, and
 * the array is the previous one when no block changed, so memoised views skip unchanged blocks.
 */
export function shareBlocks(previous: readonly BlockJson[], next: BlockJson[]): BlockJson[] {
  const before = new Map(previous.map((b) => [b.id, b]));
  let same = previous.length === next.length;
  const shared = next.map((block, i) => {
    const old = before.get(block.id);
    const kept =
      old &&
      old.type === block.type &&
      old.position.x === block.position.x &&
      old.position.y === block.position.y &&
      old.position.w === block.position.w &&
      old.position.h === block.position.h &&
      sameJson(old.content, block.content)
        ? old
        : block;
    if (kept !== previous[i]) same = false;
    return kept;
  });
  return same ? (previous as BlockJson[]) : shared;
}

interface BlocksStore {
  subscribe(listener: () => void): () => void;
  get(): BlockJson[];
}

/** One projection per document, shared by every view of it (not one per component per update). */
const blocksStores = new WeakMap<Y.Doc, BlocksStore>();

function blocksStore(doc: Y.Doc): BlocksStore {
  const existing = blocksStores.get(doc);
  if (existing) return existing;
  let snapshot: BlockJson[] = projectBlocks(doc);
  const listeners = new Set<() => void>();
  const refresh = () => {
    snapshot = shareBlocks(snapshot, projectBlocks(doc));
  };
  const onUpdate = () => {
    const before = snapshot;
    refresh();
    if (snapshot !== before) for (const listener of [...listeners]) listener();
  };
  const store: BlocksStore = {
    subscribe(listener) {
      if (listeners.size === 0) {
        refresh();
        doc.on('update', onUpdate);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) doc.off('update', onUpdate);
      };
    },
    // Unobserved, the snapshot may be behind the document: read it again (shared as usual).
    get() {
      if (listeners.size === 0) refresh();
      return snapshot;
    },
  };
  blocksStores.set(doc, store);
  return store;
}

/**
 * Every well-formed block, in reading order: a new array after a document change that changed a
 * block, an unchanged block keeping its object.
 */
export function useBlocks(doc: Y.Doc): BlockJson[] {
  const store = blocksStore(doc);
  return useSyncExternalStore(store.subscribe, store.get);
}

/** One block (or undefined): re-renders only when that block changes. */
export function useBlock(doc: Y.Doc, id: string | null): BlockJson | undefined {
  const store = blocksStore(doc);
  return useSyncExternalStore(store.subscribe, () =>
    id === null ? undefined : store.get().find((b) => b.id === id),
  );
}

/** The blocks now, without subscribing (for event handlers and effects). */
export function currentBlocks(doc: Y.Doc): BlockJson[] {
  return blocksStore(doc).get();
}

export function useCanvasName(doc: Y.Doc): string | null {
  const store = useMemo(() => docStore(doc, () => canvasName(doc)), [doc]);
  return useSyncExternalStore(store.subscribe, store.get);
}

export function hasBlock(doc: Y.Doc, id: string): boolean {
  return blocksOf(doc).has(id);
}

export interface PresenceUser {
  id: string;
  name: string;
  color: string;
  readOnly?: boolean;
}

export interface PresenceState {
  clientId: number;
  user: PresenceUser;
  selection?: { blockIds: string[] };
  drag?: { blockId: string; position: { x: number; y: number; w: number; h: number } } | null;
  /** What part of the canvas they see, in grid rows (follow mode). */
  viewport?: { y: number; h: number } | null;
  /** Their mouse over the canvas: x a fraction of the width, y in grid rows (live pointers). */
  pointer?: { x: number; y: number } | null;
}

/** Other people's presence (stamped by the server with user {id, name, color}). */
export function usePresence(awareness: Awareness): PresenceState[] {
  const store = useMemo(() => {
    let snapshot: PresenceState[] = [];
    const read = () => {
      const states: PresenceState[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const user = state.user as PresenceUser | undefined;
        if (!user?.id) return;
        states.push({
          clientId,
          user,
          selection: state.selection as PresenceState['selection'],
          drag: state.drag as PresenceState['drag'],
          viewport: state.viewport as PresenceState['viewport'],
          pointer: state.pointer as PresenceState['pointer'],
        });
      });
      snapshot = states;
    };
    read();
    return {
      subscribe(listener: () => void) {
        const onChange = () => {
          read();
          listener();
        };
        awareness.on('change', onChange);
        return () => awareness.off('change', onChange);
      },
      get: () => snapshot,
    };
  }, [awareness]);
  return useSyncExternalStore(store.subscribe, store.get);
}

/** One entry per person (a user may have several tabs open). */
export function uniqueUsers(states: readonly PresenceState[]): PresenceUser[] {
  const byId = new Map<string, PresenceUser>();
  for (const s of states) if (!byId.has(s.user.id)) byId.set(s.user.id, s.user);
  return [...byId.values()];
}
