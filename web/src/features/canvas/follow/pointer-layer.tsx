// Live pointers: where the others' mice are on the canvas (name label, their colour), hidden when
// idle or off the canvas. This tab publishes `pointer` in presence, throttled.
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { PresenceState } from '../use-canvas-doc';
import { pixelsFromRows, POINTER_IDLE_MS, rowsFromPixels, throttle } from './follow-store';

/** Handlers for the grid: publish the pointer as it moves, clear it when it leaves. */
export function usePointerPublisher(awareness: Awareness, width: number) {
  const publish = useRef(
    throttle((x: number, y: number) => awareness.setLocalStateField('pointer', { x, y }), 50),
  );
  useEffect(() => {
    const current = publish.current;
    return () => current.cancel();
  }, []);
  return {
    onPointerMove(event: PointerEvent<HTMLElement>) {
      if (event.pointerType === 'touch' || width <= 0) return;
      const rect = event.currentTarget.getBoundingClientRect();
      const x = Math.round(((event.clientX - rect.left) / width) * 1000) / 1000;
      publish.current(Math.min(1, Math.max(0, x)), Math.max(0, rowsFromPixels(event.clientY - rect.top)));
    },
    onPointerLeave() {
      publish.current.cancel();
      awareness.setLocalStateField('pointer', null);
    },
  };
}

/** When each client's pointer last moved (local clock), to hide idle ones. */
function useFreshPointers(presence: readonly PresenceState[]): Set<number> {
  const seen = useRef(new Map<number, { key: string; at: number }>());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 2000);
    return () => clearInterval(id);
  }, []);
  const fresh = new Set<number>();
  const current = Date.now();
  for (const s of presence) {
    if (!s.pointer) continue;
    const key = `${s.pointer.x}:${s.pointer.y}`;
    const last = seen.current.get(s.clientId);
    if (!last || last.key !== key) seen.current.set(s.clientId, { key, at: current });
    if (current - (seen.current.get(s.clientId)?.at ?? 0) < POINTER_IDLE_MS) fresh.add(s.clientId);
  }
  void now;
  return fresh;
}

export function PointerLayer({ presence, width }: { presence: readonly PresenceState[]; width: number }) {
  const fresh = useFreshPointers(presence);
  if (width <= 0) return null;
  return (
    <div className="pointer-layer" aria-hidden="true">
      {presence
        .filter((s) => s.pointer && fresh.has(s.clientId))
        .map((s) => (
          <div
            key={s.clientId}
            className="remote-pointer"
            data-testid="remote-pointer"
            data-user={s.user.name}
            style={{
              transform: `translate(${Math.round(s.pointer!.x * width)}px, ${pixelsFromRows(s.pointer!.y)}px)`,
              color: s.user.color,
            }}
          >
            <svg width="16" height="20" viewBox="0 0 16 20">
              <path
                d="M1 1 L1 16 L5 12 L8 19 L11 18 L8 11 L14 11 Z"
                fill="currentColor"
                stroke="#fff"
                strokeWidth="1.2"
              />
            </svg>
            <span style={{ background: s.user.color }}>{s.user.name}</span>
          </div>
        ))}
    </div>
  );
}
