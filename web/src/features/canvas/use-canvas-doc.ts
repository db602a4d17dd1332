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

/** Every well-formed block, in reading order; a new array after each document change. */
export function useBlocks(doc: Y.Doc): BlockJson[] {
  const store = useMemo(() => docStore(doc, () => projectBlocks(doc)), [doc]);
  return useSyncExternalStore(store.subscribe, store.get);
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
