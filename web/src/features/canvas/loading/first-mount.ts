// A canvas opened from its address mounts its blocks once, with their results: the page shows its
// skeleton until the runs prefetched from the canvas header have answered, at most
// FIRST_MOUNT_MAX_MS. Mounting twenty blocks without data and then again as the answers arrive cost
// the page's main thread a whole extra pass, and the answers, back from the server early, waited
// behind it (bench/web's trace: a warm 20-block open, same-run A/B, 807 → 708 ms). A slow canvas
// still shows its blocks, running, after the cap.
import { useEffect, useState } from 'react';

/** The longest a canvas's blocks wait for their prefetched runs before they mount without them. */
export const FIRST_MOUNT_MAX_MS = 800;

/** Per canvas being opened: settles when its blocks may mount. */
const holds = new Map<string, Promise<void>>();

/** The blocks of `canvasId` mount once `answered` settles, or after `maxMs`, whichever is first. */
export function holdFirstMount(
  canvasId: string,
  answered: Promise<unknown>,
  maxMs = FIRST_MOUNT_MAX_MS,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hold = Promise.race([
    answered.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, maxMs))),
  ]).then(() => {
    clearTimeout(timer);
    if (holds.get(canvasId) === hold) holds.delete(canvasId);
  });
  holds.set(canvasId, hold);
}

/** False while the blocks of `canvasId` wait for their prefetched runs (once per page load). */
export function useFirstMountReady(canvasId: string): boolean {
  const [ready, setReady] = useState(() => !holds.has(canvasId));
  useEffect(() => {
    const hold = holds.get(canvasId);
    if (!hold) {
      setReady(true);
      return;
    }
    let current = true;
    void hold.then(() => current && setReady(true));
    return () => {
      current = false;
    };
  }, [canvasId]);
  return ready;
}
