// Measuring blocks once per frame. Each auto-growing block reads its body's `scrollHeight`; read one
// after another in their own animation-frame callbacks, with the DOM changed in between, each read
// forced a layout of the whole canvas (bench/web's profile of a 20-block open: ~300 ms in those reads).
// Here every check due in a frame runs in one callback: all the reads first (one layout for all), then
// the first write; checks that want to write too are measured again next frame, against the
// positions that write produced.

/** A check: reads the DOM and returns the write it wants (or null). Must not write itself. */
export type Measure = () => (() => void) | null;

export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

const browserFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export class MeasureFrame {
  private readonly due = new Set<Measure>();
  private handle: number | null = null;
  constructor(private readonly frames: FrameScheduler = browserFrames) {}

  /** Runs `measure` in the next frame's batch (once, however often it is asked for). */
  schedule(measure: Measure): void {
    this.due.add(measure);
    this.handle ??= this.frames.request(() => this.flush());
  }

  /** Forgets a check (its block unmounted). */
  drop(measure: Measure): void {
    this.due.delete(measure);
    if (this.due.size === 0 && this.handle !== null) {
      this.frames.cancel(this.handle);
      this.handle = null;
    }
  }

  private flush(): void {
    this.handle = null;
    const checks = [...this.due];
    this.due.clear();
    const writes: [Measure, () => void][] = [];
    for (const check of checks) {
      const write = check();
      if (write) writes.push([check, write]);
    }
    const [first, ...rest] = writes;
    if (!first) return;
    first[1]();
    for (const [check] of rest) this.schedule(check);
  }
}

/** The canvas page's one batch. */
export const measureFrame = new MeasureFrame();
