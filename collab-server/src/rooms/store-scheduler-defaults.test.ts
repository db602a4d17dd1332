import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../config.ts';
import { StoreScheduler } from './store-scheduler.ts';

// [S3] with the shipped defaults, on a fake clock (the integration test in persistence.int.test.ts
// checks that storing happens with a real server, without wall-clock bounds).
describe('[S3] storing with the default COLLAB_STORE_DEBOUNCE_MS / COLLAB_STORE_MAX_WAIT_MS', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function withDefaults() {
    const config = loadConfig({});
    const storedAt: number[] = [];
    const scheduler = new StoreScheduler({
      debounceMs: config.COLLAB_STORE_DEBOUNCE_MS,
      maxWaitMs: config.COLLAB_STORE_MAX_WAIT_MS,
      store: async () => void storedAt.push(Date.now()),
      now: () => Date.now(),
    });
    return { scheduler, storedAt };
  }

  it('stores within 2 s of one edit', async () => {
    const { scheduler, storedAt } = withDefaults();
    const editedAt = Date.now();
    scheduler.markDirty();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(storedAt).toHaveLength(1);
    expect(storedAt[0]! - editedAt).toBeLessThanOrEqual(2_000);
  });

  it('keeps storage under 3 s behind someone typing a character every 100 ms', async () => {
    const { scheduler, storedAt } = withDefaults();
    const start = Date.now();
    for (let i = 0; i < 45; i++) {
      scheduler.markDirty();
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(3_000);
    const gaps = storedAt.map((at, i) => at - (i === 0 ? start : storedAt[i - 1]!));
    expect(storedAt.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...gaps)).toBeLessThan(3_000);
    // The trailing store comes after the last keystroke.
    expect(storedAt.at(-1)!).toBeGreaterThanOrEqual(start + 4_500);
  });
});
