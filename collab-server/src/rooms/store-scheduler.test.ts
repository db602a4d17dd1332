import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoreScheduler } from './store-scheduler.ts';

describe('StoreScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function scheduler(store = vi.fn<() => Promise<void>>(async () => undefined)) {
    const s = new StoreScheduler({ debounceMs: 2000, maxWaitMs: 10_000, store, now: () => Date.now() });
    return { s, store };
  }

  it('[S3] stores at most the debounce after the last edit', async () => {
    const { s, store } = scheduler();
    s.markDirty();
    await vi.advanceTimersByTimeAsync(1500);
    s.markDirty();
    await vi.advanceTimersByTimeAsync(1999);
    expect(store).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(store).toHaveBeenCalledTimes(1);
    expect(s.dirty).toBe(false);
  });

  it('[S3] stores at least every max wait under continuous editing', async () => {
    const { s, store } = scheduler();
    const storedAt: number[] = [];
    store.mockImplementation(async () => {
      storedAt.push(Date.now());
    });
    const start = Date.now();
    for (let t = 0; t < 25_000; t += 500) {
      s.markDirty();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(storedAt.map((t) => t - start)).toEqual([10_000, 20_000]);
  });

  it('[S5] a failed store keeps the changes dirty and retries with backoff', async () => {
    const { s, store } = scheduler();
    store.mockRejectedValueOnce(new Error('db down')).mockResolvedValue(undefined);
    s.markDirty();
    await vi.advanceTimersByTimeAsync(2000);
    expect(store).toHaveBeenCalledTimes(1);
    expect(s.dirty).toBe(true);
    await vi.advanceTimersByTimeAsync(999);
    expect(store).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(store).toHaveBeenCalledTimes(2);
    expect(s.dirty).toBe(false);
  });

  it('flush stores at once, waits for a store in flight, and does nothing when clean', async () => {
    const { s, store } = scheduler();
    await s.flush();
    expect(store).not.toHaveBeenCalled();
    s.markDirty();
    await s.flush();
    expect(store).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(store).toHaveBeenCalledTimes(1);
  });

  it('an edit during a store in flight is stored afterwards', async () => {
    let release!: () => void;
    const { s, store } = scheduler();
    store.mockImplementationOnce(() => new Promise<void>((resolve) => (release = resolve)));
    s.markDirty();
    await vi.advanceTimersByTimeAsync(2000);
    s.markDirty();
    release();
    await vi.advanceTimersByTimeAsync(2000);
    expect(store).toHaveBeenCalledTimes(2);
  });

  it('[S10] flush resolves only once a store covering every earlier change succeeded, for every concurrent caller', async () => {
    const releases: (() => void)[] = [];
    const { s, store } = scheduler();
    store.mockImplementation(() => new Promise<void>((resolve) => releases.push(resolve)));
    s.markDirty();
    await vi.advanceTimersByTimeAsync(2000); // the timer's store is in flight
    expect(store).toHaveBeenCalledTimes(1);
    s.markDirty(); // a change the store in flight does not hold
    let firstDone = false;
    let secondDone = false;
    const first = s.flush().then(() => (firstDone = true));
    const second = s.flush().then(() => (secondDone = true));
    releases[0]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(store).toHaveBeenCalledTimes(2);
    expect([firstDone, secondDone]).toEqual([false, false]);
    releases[1]!();
    await Promise.all([first, second]);
    expect(store).toHaveBeenCalledTimes(2);
  });

  it('[S10] flush rejects when the store covering its change fails; the change stays dirty and is retried', async () => {
    const { s, store } = scheduler();
    store.mockRejectedValueOnce(new Error('db down')).mockResolvedValue(undefined);
    s.markDirty();
    await expect(s.flush()).rejects.toThrow('db down');
    expect(s.dirty).toBe(true);
    expect(s.consecutiveFailures).toBe(1);
    await s.flush();
    expect(s.consecutiveFailures).toBe(0);
    expect(store).toHaveBeenCalledTimes(2);
  });
});
