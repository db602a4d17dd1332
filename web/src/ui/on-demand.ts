// A component whose code loads on demand, rendered at once when its code has loaded. Unlike
// React.lazy it never suspends: the caller shows its own stand-in until then, and once the code is
// there the component mounts in the same render (an editor that must take the next keystroke).
import { useEffect, useSyncExternalStore, type ComponentType } from 'react';

export interface OnDemand<P> {
  /** Starts loading the code (once; again after a failure). */
  preload(): Promise<void>;
  /** The component once its code has loaded (null until then); `wanted` starts loading it. */
  useComponent(wanted: boolean): ComponentType<P> | null;
}

export function onDemand<P>(load: () => Promise<{ default: ComponentType<P> }>): OnDemand<P> {
  let component: ComponentType<P> | null = null;
  let loading: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        component = module.default;
        listeners.forEach((l) => l());
      },
      () => {
        loading = null;
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
  };
}
