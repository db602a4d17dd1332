// Stable identities for what the canvas hands its blocks, so memoised blocks skip renders that
// change nothing they read.
import { useCallback, useInsertionEffect, useRef } from 'react';

/** `value`, or the previous one while it has the same JSON. */
export function useSameJson<T>(value: T): T {
  const kept = useRef<{ json: string; value: T } | null>(null);
  const json = JSON.stringify(value);
  if (kept.current?.json !== json) kept.current = { json, value };
  return kept.current.value;
}

/** `value`, or the previous object while each of its fields is the same (`Object.is`). */
export function useShallowSame<T extends object>(value: T): T {
  const kept = useRef(value);
  if (!shallowSame(kept.current, value)) kept.current = value;
  return kept.current;
}

function shallowSame(a: object, b: object): boolean {
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every(
    (key) => key in b && Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * A ref of stable identity holding the committed render's `value`: handlers read through it call
 * the latest functions, never an old render's, nor one of a render React set aside. It is updated
 * before any layout effect runs (an insertion effect), so children's layout effects and every event
 * see the new value.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const latest = useRef(value);
  useInsertionEffect(() => {
    latest.current = value;
  });
  return latest;
}

/**
 * A function of stable identity that calls the latest `fn` (undefined when `fn` is): callbacks a
 * parent recreates on each render do not re-render the blocks.
 */
export function useStableCallback<A extends unknown[], R>(
  fn: ((...args: A) => R) | undefined,
): ((...args: A) => R) | undefined {
  const latest = useLatest(fn);
  const stable = useCallback((...args: A) => latest.current!(...args), [latest]);
  return fn ? stable : undefined;
}
