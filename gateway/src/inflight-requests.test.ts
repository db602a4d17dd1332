import { describe, expect, it } from 'vitest';
import { InflightRequests } from './inflight-requests.ts';

describe('in-flight sharing', () => {
  it('shares a pending promise and forgets it once settled', async () => {
    const inflight = new InflightRequests<number>();
    let started = 0;
    const start = () => new Promise<number>((resolve) => setTimeout(() => resolve(++started), 5));
    const [a, b] = await Promise.all([inflight.run('k', start), inflight.run('k', start)]);
    expect([a, b, started, inflight.size]).toEqual([1, 1, 1, 0]);
    expect(await inflight.run('k', start)).toBe(2);
  });
});
