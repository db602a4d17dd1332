export interface StoreSchedulerOptions {
  /** Store this long after the last change [S3]. */
  debounceMs: number;
  /** ...but no later than this after the first unsaved change [S3]. */
  maxWaitMs: number;
  /** Performs one store; a rejection keeps the changes dirty and retries [S5]. */
  store: () => Promise<void>;
  onError?: (error: unknown, attempt: number) => void;
  /** After a successful store that followed one or more failures [S12]. */
  onRecovered?: () => void;
  now?: () => number;
}

const RETRY_MIN_MS = 1_000;
const RETRY_MAX_MS = 30_000;

/**
 * Decides when a room stores: debounced with a maximum wait, one store at a time. A single lazy
 * timer is re-armed when it fires early, so a burst of edits costs no timer churn.
 *
 * Every change has a sequence number; `flush()` resolves only once a store that began after the
 * caller's last change has succeeded [S10], however many callers flush at the same time.
 */
export class StoreScheduler {
  private dirtySince: number | null = null;
  private lastChange = 0;
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  private failures = 0;
  private retryAt = 0;
  /** Sequence number of the latest change, and the latest change a successful store covered. */
  private changeSeq = 0;
  private storedSeq = 0;
  private lastFailure: { seq: number; error: unknown } | null = null;
  private readonly now: () => number;

  constructor(private readonly options: StoreSchedulerOptions) {
    this.now = options.now ?? Date.now;
  }

  get dirty(): boolean {
    return this.dirtySince !== null;
  }

  get storing(): boolean {
    return this.inFlight !== null;
  }

  /** Consecutive failed stores (0 after a success) [S12]. */
  get consecutiveFailures(): number {
    return this.failures;
  }

  markDirty(): void {
    const now = this.now();
    this.changeSeq++;
    this.lastChange = now;
    if (this.dirtySince === null) this.dirtySince = now;
    if (!this.timer && !this.inFlight) this.arm(this.dueAt() - now);
  }

  /**
   * Resolves once every change made before the call is stored (stores now if needed, and waits for
   * a store in flight) [S10]. Rejects when the store that should cover them fails.
   */
  async flush(): Promise<void> {
    const target = this.changeSeq;
    while (this.storedSeq < target) {
      this.clearTimer();
      if (this.inFlight) {
        await this.inFlight;
        if (this.storedSeq < target && this.lastFailure && this.lastFailure.seq >= target)
          throw this.lastFailure.error;
        continue;
      }
      await this.run(true);
    }
  }

  stop(): void {
    this.clearTimer();
  }

  private dueAt(): number {
    const { debounceMs, maxWaitMs } = this.options;
    const due = Math.min(this.lastChange + debounceMs, (this.dirtySince ?? this.lastChange) + maxWaitMs);
    return Math.max(due, this.retryAt);
  }

  private arm(delay: number): void {
    this.timer = setTimeout(() => this.onTimer(), Math.max(0, delay));
    this.timer.unref?.();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private onTimer(): void {
    this.timer = null;
    if (this.dirtySince === null || this.inFlight) return;
    const wait = this.dueAt() - this.now();
    if (wait > 0) {
      this.arm(wait);
      return;
    }
    void this.run(false).catch(() => undefined);
  }

  private run(rethrow: boolean): Promise<void> {
    this.dirtySince = null;
    // The store encodes the document synchronously when it starts: it covers every change so far.
    const seq = this.changeSeq;
    const attempt = this.options
      .store()
      .then(() => {
        const recovered = this.failures > 0;
        this.failures = 0;
        this.retryAt = 0;
        this.storedSeq = Math.max(this.storedSeq, seq);
        this.lastFailure = null;
        if (recovered) this.options.onRecovered?.();
      })
      .catch((error: unknown) => {
        this.failures++;
        this.retryAt = this.now() + Math.min(RETRY_MIN_MS * 2 ** (this.failures - 1), RETRY_MAX_MS);
        this.dirtySince ??= this.now();
        this.lastFailure = { seq, error };
        this.options.onError?.(error, this.failures);
        if (rethrow) throw error;
      })
      .finally(() => {
        this.inFlight = null;
        if (this.dirtySince !== null && !this.timer) this.arm(this.dueAt() - this.now());
      });
    this.inFlight = attempt.catch(() => undefined);
    return attempt;
  }
}
