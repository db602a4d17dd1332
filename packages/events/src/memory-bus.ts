import { createFanOut } from './fan-out.ts';
import type { EventBus } from './types.ts';

/** In-process bus, for a single process that needs no cross-instance delivery. */
export function createMemoryBus(): EventBus {
  const fanOut = createFanOut();
  return {
    async publish(topic, payload) {
      queueMicrotask(() => fanOut.deliver(topic, payload));
    },
    async subscribe(topic, handler) {
      const h = handler as (payload: unknown) => void;
      fanOut.add(topic, h);
      return async () => void fanOut.remove(topic, h);
    },
    async close() {},
  };
}
