/** An event every instance of every service may receive. Payloads are small JSON (ids, status). */
export interface BusEvent<T = unknown> {
  topic: string;
  payload: T;
}

export type Unsubscribe = () => Promise<void>;

/**
 * Publish/subscribe across processes: PostgreSQL LISTEN/NOTIFY in the embedded default, Redis
 * pub/sub when REDIS_URL is set. Delivery is at-most-once to live subscribers; events carry ids
 * and states, and consumers re-read what they need.
 */
export interface EventBus {
  publish<T>(topic: string, payload: T): Promise<void>;
  subscribe<T>(topic: string, handler: (payload: T) => void): Promise<Unsubscribe>;
  close(): Promise<void>;
}
