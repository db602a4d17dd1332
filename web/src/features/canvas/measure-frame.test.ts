import { describe, expect, it } from 'vitest';
import { MeasureFrame, type FrameScheduler } from './measure-frame';

function manualFrames() {
  const callbacks = new Map<number, () => void>();
  let next = 1;
  const frames: FrameScheduler = {
    request(callback) {
      callbacks.set(next, callback);
      return next++;
    },
    cancel(handle) {
      callbacks.delete(handle);
    },
  };
  const run = () => {
    const due = [...callbacks.values()];
    callbacks.clear();
    due.forEach((c) => c());
  };
  return { frames, run, pending: () => callbacks.size };
}

describe('MeasureFrame: every block measured in one frame, reads before writes', () => {
  it('runs each due check once per frame, in one frame callback', () => {
    const { frames, run, pending } = manualFrames();
    const batch = new MeasureFrame(frames);
    const log: string[] = [];
    const a = () => (log.push('a'), null);
    const b = () => (log.push('b'), null);
    batch.schedule(a);
    batch.schedule(b);
    batch.schedule(a);
    expect(pending()).toBe(1);
    run();
    expect(log).toEqual(['a', 'b']);
    expect(pending()).toBe(0);
  });

  it('reads every block before the first write, and measures again next frame those that wanted to write', () => {
    const { frames, run } = manualFrames();
    const batch = new MeasureFrame(frames);
    const log: string[] = [];
    let grownA = false;
    let grownB = false;
    const a = () => (log.push('read a'), grownA ? null : () => (log.push('write a'), (grownA = true)));
    const b = () => (log.push('read b'), grownB ? null : () => (log.push('write b'), (grownB = true)));
    batch.schedule(a);
    batch.schedule(b);
    run();
    expect(log).toEqual(['read a', 'read b', 'write a']);
    log.length = 0;
    run();
    expect(log).toEqual(['read b', 'write b']);
    log.length = 0;
    run();
    expect(log).toEqual([]);
  });

  it('forgets a dropped check and cancels an empty frame', () => {
    const { frames, run, pending } = manualFrames();
    const batch = new MeasureFrame(frames);
    const log: string[] = [];
    const a = () => (log.push('a'), null);
    batch.schedule(a);
    batch.drop(a);
    expect(pending()).toBe(0);
    run();
    expect(log).toEqual([]);
  });
});
