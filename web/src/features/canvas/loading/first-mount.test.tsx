// @vitest-environment happy-dom
// A canvas opened from its address mounts its blocks once its prefetched runs have answered, or
// after the cap; a canvas nobody held (opened from inside the app) mounts at once.
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testRoot } from '../../../ui/test-root';
import { holdFirstMount, useFirstMountReady } from './first-mount';

function Blocks({ canvasId }: { canvasId: string }) {
  return <p>{useFirstMountReady(canvasId) ? 'blocks' : 'skeleton'}</p>;
}

/** A promise the test settles by hand. */
function manual() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const { host, render: renderNode } = testRoot();
afterEach(() => vi.useRealTimers());

const render = (canvasId: string) => renderNode(<Blocks canvasId={canvasId} />);

describe('first mount', () => {
  it('mounts a canvas nobody held at once', async () => {
    await render('not-held');
    expect(host().textContent).toBe('blocks');
  });

  it('waits for the runs to answer, then mounts, and holds only the first load', async () => {
    const answered = manual();
    holdFirstMount('held', answered.promise);
    await render('held');
    expect(host().textContent).toBe('skeleton');
    await act(async () => answered.resolve());
    expect(host().textContent).toBe('blocks');
    // The same canvas opened again (from inside the app) is not held.
    await render('other');
    await render('held');
    expect(host().textContent).toBe('blocks');
  });

  it('mounts when the runs fail, as when they answer', async () => {
    const answered = manual();
    holdFirstMount('failing', answered.promise);
    await render('failing');
    expect(host().textContent).toBe('skeleton');
    await act(async () => answered.reject(new Error('network down')));
    expect(host().textContent).toBe('blocks');
  });

  it('mounts after the cap when the runs are slow', async () => {
    vi.useFakeTimers();
    holdFirstMount('slow', new Promise(() => {}), 800);
    await render('slow');
    expect(host().textContent).toBe('skeleton');
    await act(async () => vi.advanceTimersByTime(799));
    expect(host().textContent).toBe('skeleton');
    await act(async () => vi.advanceTimersByTime(1));
    expect(host().textContent).toBe('blocks');
  });
});
