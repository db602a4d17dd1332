import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from './store.ts';

describe('in-process rate-limit counters', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('allows up to the limit exactly, refuses beyond it without counting the refused points', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:10Z') });
    const store = createMemoryStore(60);
    expect(await store.charge('k', 4, 10)).toEqual({ allowed: true, used: 4, limit: 10, resetSeconds: 50 });
    expect(await store.charge('k', 6, 10)).toEqual({ allowed: true, used: 10, limit: 10, resetSeconds: 50 });
    expect(await store.charge('k', 1, 10)).toEqual({ allowed: false, used: 10, limit: 10, resetSeconds: 50 });
    expect(await store.charge('other', 10, 10)).toMatchObject({ allowed: true, used: 10 });
    expect(await store.charge('big', 11, 10)).toEqual({
      allowed: false,
      used: 0,
      limit: 10,
      resetSeconds: 50,
    });
    expect(await store.charge('big', 10, 10)).toMatchObject({ allowed: true, used: 10 });
    await store.close();
  });

  it('starts every key afresh in the next window, and counts reset seconds down', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:59Z') });
    const store = createMemoryStore(60);
    expect(await store.charge('k', 10, 10)).toMatchObject({ allowed: true, resetSeconds: 1 });
    expect(await store.charge('k', 1, 10)).toMatchObject({ allowed: false });
    vi.setSystemTime(new Date('2026-01-01T00:01:00Z'));
    expect(await store.charge('k', 3, 10)).toEqual({ allowed: true, used: 3, limit: 10, resetSeconds: 60 });
    vi.setSystemTime(new Date('2026-01-01T00:01:30Z'));
    expect(await store.charge('k', 3, 10)).toEqual({ allowed: true, used: 6, limit: 10, resetSeconds: 30 });
  });

  it('honours other window lengths', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:07Z') });
    const store = createMemoryStore(10);
    expect(await store.charge('k', 5, 5)).toMatchObject({ allowed: true, resetSeconds: 3 });
    vi.setSystemTime(new Date('2026-01-01T00:00:10Z'));
    expect(await store.charge('k', 5, 5)).toMatchObject({ allowed: true, used: 5, resetSeconds: 10 });
  });

  it('a flood of keys cannot reset the budgets of the current window (the sweep drops only old windows)', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    const store = createMemoryStore(60);
    // charge() has no await inside: calling it without awaiting fills the table synchronously.
    for (let i = 0; i < 100_001; i += 1) void store.charge(`flood${i}`, 1, 10);
    expect(await store.charge('k', 6, 10)).toMatchObject({ allowed: true, used: 6 });
    expect(await store.charge('k', 4, 10)).toMatchObject({ allowed: true, used: 10 });
    expect(await store.charge('k', 1, 10)).toMatchObject({ allowed: false, used: 10 });
    expect(await store.charge('flood7', 10, 10)).toMatchObject({ allowed: false, used: 1 });
  });
});
