import { useSyncExternalStore } from 'react';

// The project the user works in: set by the pages that know it (/p/<id>, a canvas), read by the
// switcher and the home redirect. Remembered per browser.
const KEY = 'tessera.project';
const listeners = new Set<() => void>();
let current: string | null = (() => {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
})();

export function setCurrentProject(id: string): void {
  if (id === current) return;
  current = id;
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // not remembered
  }
  listeners.forEach((l) => l());
}

export function useCurrentProject(): string | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
