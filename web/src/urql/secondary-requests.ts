// Requests a page can do without at first (notifications, comment counts, publication status, the
// schema for SQL autocomplete) wait while a canvas opened from its address loads, so that its runs
// get the browser's six connections per host and the server's attention (bench/web); work it can
// do without (the SQL blocks' editors) waits for the browser's first idle moment after that. The
// gate is held at most once per page load and for at most `maxMs`; otherwise it is open.
import { useSyncExternalStore } from 'react';

let open = true;
let idle = true;
const listeners = new Set<() => void>();

const whenIdle = (fn: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 50);

/** Holds secondary requests until `until` settles (at most `maxMs`). */
export function holdSecondaryRequests(until: Promise<unknown>, maxMs = 3000): void {
  open = false;
  idle = false;
  const release = () => {
    if (open) return;
    open = true;
    listeners.forEach((l) => l());
    whenIdle(() => {
      idle = true;
      listeners.forEach((l) => l());
    });
  };
  setTimeout(release, maxMs);
  void until.then(release, release);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** False while a canvas's first load holds secondary requests. */
export function useSecondaryRequestsReady(): boolean {
  return useSyncExternalStore(subscribe, () => open);
}

/** False until the browser's first idle moment after a canvas's first load. */
export function useDeferredWorkReady(): boolean {
  return useSyncExternalStore(subscribe, () => idle);
}
