/** Local handler registry shared by the bus implementations: one upstream subscription per topic. */
export function createFanOut() {
  const handlers = new Map<string, Set<(payload: unknown) => void>>();
  return {
    add(topic: string, handler: (payload: unknown) => void): boolean {
      const set = handlers.get(topic) ?? new Set();
      const first = set.size === 0;
      set.add(handler);
      handlers.set(topic, set);
      return first;
    },
    remove(topic: string, handler: (payload: unknown) => void): boolean {
      const set = handlers.get(topic);
      if (!set) return false;
      set.delete(handler);
      if (set.size > 0) return false;
      handlers.delete(topic);
      return true;
    },
    deliver(topic: string, payload: unknown): void {
      for (const handler of handlers.get(topic) ?? []) {
        try {
          handler(payload);
        } catch {
          // one faulty subscriber must not starve the others
        }
      }
    },
    topics: () => [...handlers.keys()],
  };
}
