// Requests a page can do without at first (notifications, comment counts, publication status, the
// schema for SQL autocomplete) wait while a canvas opened from its address loads, so that its runs
// get the browser's six connections per host and the server's attention (bench/web); work it can
// do without (the SQL blocks' editors) waits for the browser's first idle moment after that, and then
// mounts one piece per idle moment: ten editors mounted in one task held the main thread ~150 ms
// while the last charts still waited to be drawn (bench/web's profile). The gate is held at most once
// per page load and for at most `maxMs`; otherwise it is open.
import { useEffect, useState, useSyncExternalStore } from 'react';

let open = true;
let idle = true;
const listeners = new Set<() => void>();

const whenIdle = (fn: (deadline?: IdleDeadline) => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 50);

/**
 * Holds secondary requests until `until` settles (at most `maxMs`), then until the browser's next
 * idle moment: the blocks that just took their results draw first (bench/web: released as the runs
 * came back, the six requests' answers arrived while 20 blocks were still being drawn).
 */
export function holdSecondaryRequests(until: Promise<unknown>, maxMs = 3000): void {
  open = false;
  idle = false;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    whenIdle(() => {
      open = true;
      listeners.forEach((l) => l());
      whenIdle(() => {
        idle = true;
        listeners.forEach((l) => l());
      });
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

/** Deferred work waiting for its idle moment, in the order it asked (the canvas's top first). */
const queue: (() => void)[] = [];
let pumping = false;
/** Idle time a piece of deferred work is given at least (an editor mounts in ~10–20 ms). */
const PIECE_MS = 12;

function pump(): void {
  pumping = true;
  whenIdle((deadline) => {
    do queue.shift()?.();
    while (queue.length > 0 && deadline !== undefined && deadline.timeRemaining() > PIECE_MS);
    if (queue.length > 0) pump();
    else pumping = false;
  });
}

/**
 * False until this piece of deferred work's turn: after the browser's first idle moment after a
 * canvas's first load, one piece per idle moment. True at once when nothing is deferred.
 */
export function useDeferredWorkReady(): boolean {
  const [ready, setReady] = useState(idle);
  useEffect(() => {
    if (ready) return;
    const turn = () => setReady(true);
    const enqueue = () => {
      queue.push(turn);
      if (!pumping) pump();
    };
    const stop = idle
      ? () => undefined
      : subscribe(() => {
          if (!idle) return;
          stop();
          enqueue();
        });
    if (idle) enqueue();
    return () => {
      stop();
      const at = queue.indexOf(turn);
      if (at >= 0) queue.splice(at, 1);
    };
  }, [ready]);
  return ready;
}
