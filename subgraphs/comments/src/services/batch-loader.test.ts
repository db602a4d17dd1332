import { describe, expect, it } from 'vitest';
import { createBatchLoader } from './batch-loader.ts';

describe('createBatchLoader', () => {
  it('loads the keys asked for in one tick with one call, and caches them', async () => {
    const calls: string[][] = [];
    const load = createBatchLoader<string, number>(
      (k) => k,
      async (keys) => {
        calls.push(keys);
        return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.length]));
      },
    );
    expect(await Promise.all([load('a'), load('bb'), load('a'), load('missing')])).toEqual([
      1,
      2,
      1,
      undefined,
    ]);
    expect(await load('bb')).toBe(2);
    expect(calls).toEqual([['a', 'bb', 'missing']]);
  });

  it('rejects every waiter of a failed batch and retries later', async () => {
    let fail = true;
    const load = createBatchLoader<string, string>(
      (k) => k,
      async (keys) => {
        if (fail) throw new Error('down');
        return new Map(keys.map((k) => [k, k]));
      },
    );
    await expect(Promise.all([load('x'), load('y')])).rejects.toThrow('down');
    fail = false;
    expect(await load('x')).toBe('x');
  });
});
