import { Redis } from 'ioredis';
import { createFanOut } from './fan-out.ts';
import type { EventBus } from './types.ts';

const PREFIX = 'tessera:events:';

/** Redis pub/sub: one channel per topic, so instances receive only what they subscribed to. */
export function createRedisBus(url: string): EventBus {
  const fanOut = createFanOut();
  const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  const subscriber = new Redis(url, { lazyConnect: true });
  subscriber.on('message', (channel: string, message: string) => {
    try {
      fanOut.deliver(channel.slice(PREFIX.length), JSON.parse(message));
    } catch {
      // not ours
    }
  });
  publisher.on('error', () => undefined);
  subscriber.on('error', () => undefined);
  return {
    async publish(topic, payload) {
      if (publisher.status === 'wait') await publisher.connect();
      await publisher.publish(PREFIX + topic, JSON.stringify(payload));
    },
    async subscribe(topic, handler) {
      const h = handler as (payload: unknown) => void;
      if (subscriber.status === 'wait') await subscriber.connect();
      if (fanOut.add(topic, h)) await subscriber.subscribe(PREFIX + topic);
      return async () => {
        if (fanOut.remove(topic, h)) await subscriber.unsubscribe(PREFIX + topic).catch(() => undefined);
      };
    },
    async close() {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
