// A component whose code loads on demand, rendered at once when its code has loaded. Unlike
// React.lazy it never suspends: the caller shows its own stand-in until then, and once the code is
// there the component mounts in the same render (an editor that must take the next keystroke).
//
// Suspense would also cost time: React reveals a boundary whose code arrived in a "retry" render,
// and holds every retry back until 300 ms after the last time a boundary switched between fallback
// and content (FALLBACK_THROTTLE_MS). A canvas opened from its address waited on that timer for
// about 0.2 s (bench/web: an empty canvas synced in 511 ms with React.lazy, 269 ms without the
// throttle). Here the code's arrival is an ordinary update, rendered as soon as React can.
import {
  createElement,
  useEffect,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react';

export interface OnDemand<P, M extends { default: ComponentType<P> } = { default: ComponentType<P> }> {
  /** Starts loading the code (once; again after a failure): its module, or null if it failed. */
  preload(): Promise<M | null>;
  /** The component once its code has loaded (null until then); `wanted` starts loading it. */
  useComponent(wanted: boolean): ComponentType<P> | null;
  /** Why the code last failed to load (null when it has not). */
  useFailure(): unknown;
}

export function onDemand<P, M extends { default: ComponentType<P> } = { default: ComponentType<P> }>(
  load: () => Promise<M>,
): OnDemand<P, M> {
  let component: ComponentType<P> | null = null;
  let failure: unknown = null;
  let loading: Promise<M | null> | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        component = module.default;
        failure = null;
        notify();
        return module;
      },
      (error: unknown) => {
        loading = null;
        failure = error ?? new Error('The code could not be loaded');
        notify();
        return null;
      },
    ));
  return {
    preload,
    useComponent(wanted) {
      const loaded = useSyncExternalStore(subscribe, () => component);
      useEffect(() => {
        if (wanted && !loaded) void preload();
      }, [wanted, loaded]);
      return loaded;
    },
    useFailure: () => useSyncExternalStore(subscribe, () => failure),
  };
}

/**
 * `code`'s component as an element of its own: `standIn` until the code is in. A load that fails
 * while it is mounted is thrown to the nearest error boundary; mounting it again (the boundary's
 * "Try again") loads the code again instead of showing the old failure.
 */
export function onDemandComponent<P extends object>(code: OnDemand<P>, standIn: ReactNode): ComponentType<P> {
  function OnDemandComponent(props: P) {
    const Loaded = code.useComponent(true);
    const failure = code.useFailure();
    const [failureBeforeMount] = useState(failure);
    if (Loaded) return createElement(Loaded, props);
    if (failure !== null && failure !== failureBeforeMount) throw failure;
    return standIn;
  }
  return OnDemandComponent;
}
