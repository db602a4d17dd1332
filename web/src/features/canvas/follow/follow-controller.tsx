// Follow mode on the canvas: publishes this tab's viewport; while following someone, scrolls to
// theirs and shows "Following <name> — Stop"; one's own scrolling (wheel, touch, keys, scrollbar)
// or Escape stops it, and so does the leader leaving.
import { useEffect, useState, type RefObject } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { PresenceState } from '../use-canvas-doc';
import { followStore, pixelsFromRows, rowsFromPixels, throttle, useFollowing } from './follow-store';

const NAVIGATION_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

/** Publishes `viewport` (grid rows) in presence as this tab scrolls. */
function usePublishViewport(awareness: Awareness, gridRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const grid = gridRef.current;
    const scroller = grid?.parentElement;
    if (!grid || !scroller) return;
    const publish = throttle(() => {
      const top = scroller.scrollTop - grid.offsetTop;
      awareness.setLocalStateField('viewport', {
        y: Math.max(0, rowsFromPixels(top)),
        h: rowsFromPixels(scroller.clientHeight),
      });
    }, 100);
    publish();
    scroller.addEventListener('scroll', publish, { passive: true });
    return () => {
      publish.cancel();
      scroller.removeEventListener('scroll', publish);
    };
  }, [awareness, gridRef]);
}

export function FollowController({
  awareness,
  gridRef,
  presence,
}: {
  awareness: Awareness;
  gridRef: RefObject<HTMLElement | null>;
  presence: readonly PresenceState[];
}) {
  usePublishViewport(awareness, gridRef);
  const following = useFollowing(awareness);
  const store = followStore(awareness);
  const leader = following ? presence.find((s) => s.clientId === following.clientId) : undefined;
  const [ended, setEnded] = useState<string | null>(null);

  // The leader left: stop, and say so for a moment.
  useEffect(() => {
    if (following && !leader) {
      setEnded(`${following.name} left the canvas`);
      store.set(null);
    }
  }, [following, leader, store]);
  useEffect(() => {
    if (!ended) return;
    const id = setTimeout(() => setEnded(null), 4000);
    return () => clearTimeout(id);
  }, [ended]);

  // Scroll to the leader's viewport.
  const y = leader?.viewport?.y;
  useEffect(() => {
    const grid = gridRef.current;
    const scroller = grid?.parentElement;
    if (!following || y === undefined || !scroller || !grid) return;
    scroller.scrollTo({ top: grid.offsetTop + pixelsFromRows(y), behavior: 'smooth' });
    // Stopping (Escape, Stop, one's own scroll) halts a smooth scroll still under way; otherwise
    // the view would keep gliding to the leader's place after the follow bar has gone.
    return () => scroller.scrollTo({ top: scroller.scrollTop, behavior: 'instant' });
  }, [following, y, gridRef]);

  // One's own scrolling or Escape stops following.
  useEffect(() => {
    const scroller = gridRef.current?.parentElement;
    if (!following || !scroller) return;
    const stop = () => store.set(null);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') stop();
      else if (NAVIGATION_KEYS.has(event.key) && scroller.contains(event.target as Node)) stop();
    };
    // A press on the scrollbar (outside the grid's content box) is a scroll of one's own.
    const onPointerDown = (event: PointerEvent) => {
      if (event.target === scroller) stop();
    };
    scroller.addEventListener('wheel', stop, { passive: true });
    scroller.addEventListener('touchmove', stop, { passive: true });
    scroller.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('keydown', onKey);
    return () => {
      scroller.removeEventListener('wheel', stop);
      scroller.removeEventListener('touchmove', stop);
      scroller.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('keydown', onKey);
    };
  }, [following, gridRef, store]);

  if (!following && !ended) return null;
  return (
    <div className="follow-bar-anchor">
      <div
        className="follow-bar"
        role="status"
        data-testid="follow-bar"
        style={following ? { borderColor: following.color } : undefined}
      >
        {following ? (
          <>
            <span className="follow-dot" style={{ background: following.color }} aria-hidden="true" />
            <span>
              Following <strong>{following.name}</strong>
            </span>
            <button className="btn btn-sm" onClick={() => store.set(null)}>
              Stop
            </button>
            <span className="faint">Esc</span>
          </>
        ) : (
          <span>{ended}</span>
        )}
      </div>
    </div>
  );
}
