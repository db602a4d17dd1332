// Requests a page can do without at first (notifications, comment counts, publication status, the
// schema for SQL autocomplete) wait while a canvas opened from its address loads, so that its runs
// get the browser's six connections per host and the server's attention (bench/web). The gate is
// held at most once per page load and for at most `maxMs`; otherwise it is open.
import { useSyncExternalStore } from 'react';

let open = true;
const listeners = new Set<() => void>();

/** Holds secondary requests until `until` settles (at most `maxMs`). */
export function holdSecondaryRequests(until: Promise<unknown>, maxMs = 3000): void {
  open = false;
  const release = () => {
    if (open) return;
    open = true;
    listeners.forEach((l) => l());
  };
  setTimeout(release, maxMs);
  void until.then(release, release);
}

/** False while a canvas's first load holds secondary requests. */
export function useSecondaryRequestsReady(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open,
  );
}
