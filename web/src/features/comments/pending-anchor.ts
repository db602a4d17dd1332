// "Comment" on a chart's (or table's) selected data point: the mark's { field, value } waits here
// until the block's comments panel picks it up as the new thread's anchor.
import { useSyncExternalStore } from 'react';

export interface PointAnchor {
  blockId: string;
  field: string;
  value: string;
}

let pending: PointAnchor | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

/** Remembers the point; the caller opens the block's comments. */
export function commentOnPoint(anchor: PointAnchor): void {
  pending = {
    blockId: anchor.blockId,
    field: anchor.field.slice(0, 200),
    value: anchor.value.slice(0, 500),
  };
  notify();
}

export function clearPendingAnchor(): void {
  pending = null;
  notify();
}

/** The point waiting for a comment on this block, if any. */
export function usePendingAnchor(blockId: string | null): PointAnchor | null {
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending,
  );
  return current && current.blockId === blockId ? current : null;
}
