import { createPostgresBus } from './postgres-bus.ts';
import { createRedisBus } from './redis-bus.ts';
import type { EventBus } from './types.ts';

/** Redis when REDIS_URL is configured, PostgreSQL LISTEN/NOTIFY otherwise. */
export function createEventBus(options: { redisUrl?: string | undefined; databaseUrl: string }): EventBus {
  return options.redisUrl ? createRedisBus(options.redisUrl) : createPostgresBus(options.databaseUrl);
}
