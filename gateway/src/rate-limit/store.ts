import { Redis } from 'ioredis';

export interface Charge {
  allowed: boolean;
  used: number;
  limit: number;
  resetSeconds: number;
}

/** Fixed windows (one minute by default) of cost points per key. */
export interface CounterStore {
  charge(key: string, points: number, limit: number): Promise<Charge>;
  close(): Promise<void>;
}

function windows(seconds: number) {
  return {
    current: () => Math.floor(Date.now() / 1000 / seconds),
    resetSeconds: () => seconds - (Math.floor(Date.now() / 1000) % seconds),
  };
}

/** In-process counters: limits hold per gateway instance. */
export function createMemoryStore(windowSeconds = 60): CounterStore {
  const { current: windowOf, resetSeconds } = windows(windowSeconds);
  const counters = new Map<string, { window: number; used: number }>();
  return {
    async charge(key, points, limit) {
      const window = windowOf();
      const current = counters.get(key);
      const used = (current?.window === window ? current.used : 0) + points;
      if (used > limit) return { allowed: false, used: used - points, limit, resetSeconds: resetSeconds() };
      counters.set(key, { window, used });
      if (counters.size > 100_000) for (const [k, v] of counters) if (v.window !== window) counters.delete(k);
      return { allowed: true, used, limit, resetSeconds: resetSeconds() };
    },
    async close() {},
  };
}

/** Redis counters (REDIS_URL): limits hold across gateway instances. */
export function createRedisStore(url: string, windowSeconds = 60): CounterStore {
  const { current: windowOf, resetSeconds } = windows(windowSeconds);
  const redis = new Redis(url, { maxRetriesPerRequest: 2 });
  redis.on('error', () => undefined);
  return {
    async charge(key, points, limit) {
      const redisKey = `tessera:rate:${key}:${windowOf()}`;
      const used = await redis.incrby(redisKey, points);
      if (used === points) await redis.expire(redisKey, windowSeconds + 5);
      if (used > limit) {
        await redis.decrby(redisKey, points);
        return { allowed: false, used: used - points, limit, resetSeconds: resetSeconds() };
      }
      return { allowed: true, used, limit, resetSeconds: resetSeconds() };
    },
    async close() {
      redis.disconnect();
    },
  };
}
