// Stable identities for what the canvas hands its blocks, so memoised blocks skip renders that
// change nothing they read.
import { useCallback, useEffect, useRef } from 'react';

/** `value`, or the previous one while it has the same JSON. */
export function useSameJson<T>(value: T): T {
  const kept = useRef<{ json: string; value: T } | null>(null);
  const json = JSON.stringify(value);
  if (kept.current?.json !== json) kept.current = { json, value };
  return kept.current.value;
}

/**
 * A function of stable identity that calls the latest `fn` (undefined when `fn` is): callbacks a
 * parent recreates on each render do not re-render the blocks.
 */
export function useStableCallback<A extends unknown[], R>(
  fn: ((...args: A) => R) | undefined,
): ((...args: A) => R) | undefined {
  const latest = useRef(fn);
  useEffect(() => {
    latest.current = fn;
  });
  const stable = useCallback((...args: A) => latest.current!(...args), []);
  return fn ? stable : undefined;
}
