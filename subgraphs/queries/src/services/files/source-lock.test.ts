import { describe, expect, it } from 'vitest';
import { createKeyedLock } from './source-lock.ts';

describe('per-source lock', () => {
  it('runs work for one key one after another, and other keys alongside', async () => {
    const withLock = createKeyedLock();
    const events: string[] = [];
    let releaseFirst!: () => void;
    const first = withLock('s1', async () => {
      events.push('first start');
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      events.push('first end');
    });
    const second = withLock('s1', async () => events.push('second'));
    const other = withLock('s2', async () => events.push('other'));
    await other;
    expect(events).toEqual(['first start', 'other']);
    releaseFirst();
    await Promise.all([first, second]);
    expect(events).toEqual(['first start', 'other', 'first end', 'second']);
  });

  it('a failed piece of work releases the lock', async () => {
    const withLock = createKeyedLock();
    await expect(withLock('s', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(withLock('s', async () => 'next')).resolves.toBe('next');
  });
});
