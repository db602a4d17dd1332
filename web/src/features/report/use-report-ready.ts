// "Every block of the report has settled": each SQL run the report needs has answered (a result or
// an error), no skeleton is left, every chart has drawn its marks, fonts are loaded and a frame has
// painted. The report marks its grid `data-report-ready="true"` then — the signal the export
// renderer prints on, instead of guessing from network silence.
import { useEffect, useState, type RefObject } from 'react';
import type { CanvasRuntime } from '../canvas/runtime';

const WATCHED = ['class', 'aria-busy', 'data-marks'];

/** Nothing in `root` is still loading: no skeleton, nothing busy, no chart without its marks. */
export function domSettled(root: ParentNode): boolean {
  return !root.querySelector('.skeleton, [aria-busy="true"], svg.chart:not([data-marks])');
}

/** The next painted frame; a hidden page paints none, so at most 100 ms later anyway. */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });

export function useReportReady(
  root: RefObject<HTMLElement | null>,
  runtime: CanvasRuntime,
  sqlBlockIds: readonly string[],
): boolean {
  const [ready, setReady] = useState(false);
  const ids = sqlBlockIds.join('\n');

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const runners = ids ? ids.split('\n').map((id) => runtime.runner(id)) : [];
    let cancelled = false;
    let scheduled = false;
    let generation = 0;

    const settled = () => runners.every((r) => r.get().phase === 'done') && domSettled(element);

    const check = async () => {
      scheduled = false;
      const mine = ++generation;
      if (!settled()) {
        setReady(false);
        return;
      }
      await document.fonts.ready;
      await nextFrame();
      await nextFrame();
      if (!cancelled && mine === generation && settled()) setReady(true);
    };
    const schedule = () => {
      if (cancelled || scheduled) return;
      scheduled = true;
      queueMicrotask(() => void check());
    };

    const unsubscribe = runners.map((r) => r.subscribe(schedule));
    const observer = new MutationObserver(schedule);
    observer.observe(element, { subtree: true, childList: true, attributes: true, attributeFilter: WATCHED });
    schedule();
    return () => {
      cancelled = true;
      observer.disconnect();
      unsubscribe.forEach((u) => u());
    };
  }, [root, runtime, ids]);

  return ready;
}
