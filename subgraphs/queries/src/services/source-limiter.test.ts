import { describe, expect, it } from 'vitest';
import { EngineError } from '../engines/types.ts';
import { createSourceLimiter } from './source-limiter.ts';

const never = () => new AbortController().signal;

describe('per-source concurrency limit', () => {
  it('runs at most `concurrency` statements of one source at once, the rest in arrival order', async () => {
    const limiter = createSourceLimiter({ concurrency: 2, maxQueued: 10 });
    const order: number[] = [];
    const a = await limiter.acquire('s', never(), 60_000);
    const b = await limiter.acquire('s', never(), 60_000);
    const waiting = [3, 4].map((n) =>
      limiter.acquire('s', never(), 60_000).then((free) => {
        order.push(n);
        return free;
      }),
    );
    expect(limiter.load('s')).toEqual({ running: 2, queued: 2 });
    // Another source is not held up by this one.
    const other = await limiter.acquire('t', never(), 60_000);
    a();
    const third = await waiting[0]!;
    expect(order).toEqual([3]);
    b();
    (await waiting[1]!)();
    third();
    other();
    expect(order).toEqual([3, 4]);
    expect(limiter.load('s')).toEqual({ running: 0, queued: 0 });
  });

  it('frees a slot once however often it is released', async () => {
    const limiter = createSourceLimiter({ concurrency: 1, maxQueued: 10 });
    const free = await limiter.acquire('s', never(), 60_000);
    free();
    free();
    const again = await limiter.acquire('s', never(), 60_000);
    expect(limiter.load('s')).toEqual({ running: 1, queued: 0 });
    again();
  });

  it('a cancelled run leaves the queue without taking a slot', async () => {
    const limiter = createSourceLimiter({ concurrency: 1, maxQueued: 10 });
    const held = await limiter.acquire('s', never(), 60_000);
    const controller = new AbortController();
    const waiting = limiter.acquire('s', controller.signal, 60_000);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(limiter.load('s')).toEqual({ running: 1, queued: 0 });
    held();
    expect(limiter.load('s')).toEqual({ running: 0, queued: 0 });
  });

  it('a wait longer than the time limit is a TIMEOUT; a full queue refuses with RESOURCE_LIMIT', async () => {
    const limiter = createSourceLimiter({ concurrency: 1, maxQueued: 1 });
    const held = await limiter.acquire('s', never(), 60_000);
    const waiting = limiter.acquire('s', never(), 20);
    await expect(limiter.acquire('s', never(), 60_000)).rejects.toBeInstanceOf(EngineError);
    await expect(limiter.acquire('s', never(), 60_000)).rejects.toMatchObject({ code: 'RESOURCE_LIMIT' });
    await expect(waiting).rejects.toMatchObject({ code: 'TIMEOUT' });
    held();
  });
});
