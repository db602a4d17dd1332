/** A push-to-pull queue: bus callbacks push, the subscription's async generator pulls. */
export function createEventStream<T>() {
  const queue: T[] = [];
  let wake: (() => void) | null = null;
  let closed = false;
  return {
    push(item: T) {
      if (closed) return;
      queue.push(item);
      wake?.();
    },
    close() {
      closed = true;
      wake?.();
    },
    async next(): Promise<T | null> {
      while (queue.length === 0 && !closed) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      return queue.shift() ?? null;
    },
  };
}
