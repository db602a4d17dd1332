/**
 * Shares one in-flight promise between callers that ask for the same key at the same time; the
 * entry is gone as soon as the promise settles (nothing is cached beyond that).
 */
export class InflightRequests<T> {
  private readonly pending = new Map<string, Promise<T>>();

  get size(): number {
    return this.pending.size;
  }

  run(key: string, start: () => Promise<T>): Promise<T> {
    const existing = this.pending.get(key);
    if (existing) return existing;
    const promise = start().finally(() => this.pending.delete(key));
    this.pending.set(key, promise);
    return promise;
  }
}
