export type { EventBus, BusEvent, Unsubscribe } from './types.ts';
export { createPostgresBus } from './postgres-bus.ts';
export { createRedisBus } from './redis-bus.ts';
export { createMemoryBus } from './memory-bus.ts';
export { createEventBus } from './create.ts';
