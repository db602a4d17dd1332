import { silentLogger } from '@tessera/logger';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Authorize } from './auth.ts';
import { jitterMs, startReauthorizing, sweepPeriodMs } from './reauthorize.ts';
import type { Connection } from './rooms/connection.ts';

/** The part of a Connection the re-authorizer touches. */
function fakeConnection(authorizedAt: number) {
  return {
    key: `c${authorizedAt}-${Math.random()}`,
    isOpen: true,
    user: { id: 'alice', name: 'Alice' },
    access: 'read-write' as const,
    authorizedAt,
    reauthorizeAt: null as number | null,
    reauthorizing: false,
    logger: silentLogger,
    authorizeRequest: () => ({ token: 't', canvasId: 'c' }),
    close: vi.fn(),
  };
}

describe('re-authorization scheduling [A7]', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sweeps every tenth of the interval (50 ms to 1 s) and spreads due times over up to a tenth (at most 5 s)', () => {
    expect(sweepPeriodMs(30_000)).toBe(1_000);
    expect(sweepPeriodMs(1_000)).toBe(100);
    expect(sweepPeriodMs(100)).toBe(50);
    expect(jitterMs(30_000, () => 0.999)).toBe(2_997);
    expect(jitterMs(3_600_000, () => 0.999)).toBe(4_995);
    expect(jitterMs(30_000, () => 0)).toBe(0);
  });

  it('connections authorized in the same millisecond are re-authorized spread out, each after the interval', async () => {
    const connections = Array.from({ length: 200 }, () => fakeConnection(0));
    const calledAt: number[] = [];
    const authorize = vi.fn<Authorize>(async () => {
      calledAt.push(Date.now());
      return { ok: true, user: { id: 'alice', name: 'Alice' }, access: 'read-write' };
    });
    const stop = startReauthorizing({
      connections: new Set(connections as unknown as Connection[]),
      authorize,
      intervalMs: 30_000,
      logger: silentLogger,
      isStopping: () => false,
      onClosed: () => undefined,
      onError: () => undefined,
    });
    await vi.advanceTimersByTimeAsync(29_999);
    expect(authorize).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(4_001);
    stop();
    expect(authorize).toHaveBeenCalledTimes(200);
    expect(Math.min(...calledAt)).toBeGreaterThanOrEqual(30_000);
    // Due times fall over 3 s, so the calls come in several sweeps, none with most of them.
    const perSweep = new Map<number, number>();
    for (const at of calledAt) perSweep.set(at, (perSweep.get(at) ?? 0) + 1);
    expect(perSweep.size).toBeGreaterThanOrEqual(3);
    expect(Math.max(...perSweep.values())).toBeLessThan(120);
    expect(
      connections.every((c) => c.authorizedAt >= 30_000 && c.reauthorizeAt! >= c.authorizedAt + 30_000),
    ).toBe(true);
    expect(connections.every((c) => c.close.mock.calls.length === 0)).toBe(true);
  });

  it('does nothing while the server stops, and ignores answers for connections closed meanwhile', async () => {
    const open = fakeConnection(0);
    const closing = fakeConnection(0);
    let stopping = false;
    let answer!: () => void;
    const authorize = vi.fn<Authorize>(
      () =>
        new Promise((resolve) => {
          answer = () => resolve({ ok: false, code: 4403, reason: 'Forbidden' });
        }),
    );
    const onClosed = vi.fn();
    const stop = startReauthorizing({
      connections: new Set([closing] as unknown as Connection[]),
      authorize,
      intervalMs: 1_000,
      logger: silentLogger,
      isStopping: () => stopping,
      onClosed,
      onError: () => undefined,
    });
    await vi.advanceTimersByTimeAsync(1_200);
    expect(authorize).toHaveBeenCalledTimes(1);
    closing.isOpen = false;
    answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(closing.close).not.toHaveBeenCalled();
    expect(onClosed).not.toHaveBeenCalled();
    stop();

    stopping = true;
    const stop2 = startReauthorizing({
      connections: new Set([open] as unknown as Connection[]),
      authorize,
      intervalMs: 1_000,
      logger: silentLogger,
      isStopping: () => stopping,
      onClosed,
      onError: () => undefined,
    });
    await vi.advanceTimersByTimeAsync(5_000);
    stop2();
    expect(authorize).toHaveBeenCalledTimes(1);
  });
});
