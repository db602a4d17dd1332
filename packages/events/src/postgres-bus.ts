import pg from 'pg';
import { createFanOut } from './fan-out.ts';
import type { EventBus } from './types.ts';

const CHANNEL = 'tessera_events';
const MAX_PAYLOAD = 7_900; // NOTIFY payloads must stay under 8000 bytes

/**
 * LISTEN/NOTIFY on one channel; topics travel inside the payload. One dedicated listening
 * connection per process, reconnected when it drops.
 */
export function createPostgresBus(connectionString: string): EventBus {
  const fanOut = createFanOut();
  const publisher = new pg.Pool({ connectionString, max: 2 });
  publisher.on('error', () => undefined);
  let listener: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;

  function listen(): Promise<pg.Client> {
    if (listener) return Promise.resolve(listener);
    connecting ??= (async () => {
      const client = new pg.Client({ connectionString });
      client.on('notification', (message) => {
        if (!message.payload) return;
        try {
          const { topic, payload } = JSON.parse(message.payload) as { topic: string; payload: unknown };
          fanOut.deliver(topic, payload);
        } catch {
          // not ours
        }
      });
      client.on('error', () => {
        listener = null;
        connecting = null;
        if (!closed && fanOut.topics().length > 0)
          setTimeout(() => void listen().catch(() => undefined), 500);
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${CHANNEL}`);
      } catch (error) {
        // Not kept: the next subscribe tries again instead of getting this failure for good.
        connecting = null;
        await client.end().catch(() => undefined);
        throw error;
      }
      listener = client;
      return client;
    })();
    return connecting;
  }

  return {
    async publish(topic, payload) {
      const text = JSON.stringify({ topic, payload });
      if (Buffer.byteLength(text) > MAX_PAYLOAD)
        throw new Error(`event on ${topic} is too large for the bus`);
      await publisher.query('SELECT pg_notify($1, $2)', [CHANNEL, text]);
    },
    async subscribe(topic, handler) {
      const h = handler as (payload: unknown) => void;
      fanOut.add(topic, h);
      await listen();
      return async () => void fanOut.remove(topic, h);
    },
    async close() {
      closed = true;
      await listener?.end().catch(() => undefined);
      await publisher.end();
    },
  };
}
