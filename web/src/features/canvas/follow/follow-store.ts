// Follow mode (issue 22): whom this tab follows, one store per canvas connection (its awareness),
// shared by the avatars (start) and the canvas (scroll, bar, stop). Presence fields published for it:
// `viewport` (what part of the canvas one sees) and `pointer` (where the mouse is) [SPEC P: presence].
import { useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { GAP, ROW_HEIGHT } from '../layout';

export interface FollowTarget {
  clientId: number;
  userId: string;
  name: string;
  color: string;
}

/** What one sees, in grid rows from the top of the canvas (the same for every window width). */
export interface ViewportPresence {
  y: number;
  h: number;
}

/** The mouse over the canvas: x as a fraction of the grid's width, y in grid rows. */
export interface PointerPresence {
  x: number;
  y: number;
}

export const ROW_UNIT = ROW_HEIGHT + GAP;
export const rowsFromPixels = (px: number) => Math.round((px / ROW_UNIT) * 100) / 100;
export const pixelsFromRows = (rows: number) => Math.round(rows * ROW_UNIT);

/** A pointer not moved for this long is hidden (its owner stepped away or reads). */
export const POINTER_IDLE_MS = 10_000;

class FollowStore {
  private target: FollowTarget | null = null;
  private readonly listeners = new Set<() => void>();
  get = () => this.target;
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  set(target: FollowTarget | null) {
    if (this.target?.clientId === target?.clientId) return;
    this.target = target;
    for (const listener of this.listeners) listener();
  }
}

const stores = new WeakMap<Awareness, FollowStore>();

export function followStore(awareness: Awareness): FollowStore {
  let store = stores.get(awareness);
  if (!store) stores.set(awareness, (store = new FollowStore()));
  return store;
}

export function useFollowing(awareness: Awareness): FollowTarget | null {
  const store = followStore(awareness);
  return useSyncExternalStore(store.subscribe, store.get);
}

/** Calls `fn` at most once per `ms`, the last call always delivered (trailing). */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number) {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;
  const run = () => {
    timer = null;
    last = Date.now();
    const args = pending!;
    pending = null;
    fn(...args);
  };
  const throttled = (...args: A) => {
    pending = args;
    if (timer) return;
    const wait = Math.max(0, last + ms - Date.now());
    if (wait === 0) run();
    else timer = setTimeout(run, wait);
  };
  throttled.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  return throttled;
}
