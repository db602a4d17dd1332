// At most QUERY_SOURCE_CONCURRENCY statements per data source execute at once on this instance;
// the rest wait in arrival order (at most QUERY_SOURCE_QUEUE per source). A 20-block canvas opened
// cold runs its blocks in parallel without flooding one source: each block's run finishes (and is
// published on `queryRun:<id>`) as soon as its own statement does. A wait counts against the run's
// time limit, and a cancelled run leaves the queue at once.
import { EngineError } from '../engines/types.ts';

export interface SourceLimiter {
  /** Waits for a slot on `sourceId`; the returned function frees it (call it exactly once). */
  acquire(sourceId: string, signal: AbortSignal, timeoutMs: number): Promise<() => void>;
  /** Statements executing and waiting on a source (for tests and metrics). */
  load(sourceId: string): { running: number; queued: number };
}

interface Waiter {
  grant(): void;
}

export function createSourceLimiter(options: { concurrency: number; maxQueued: number }): SourceLimiter {
  const sources = new Map<string, { running: number; queue: Waiter[] }>();

  const release = (sourceId: string) => {
    const state = sources.get(sourceId);
    if (!state) return;
    const next = state.queue.shift();
    if (next) next.grant();
    else if (--state.running === 0) sources.delete(sourceId);
  };

  return {
    acquire(sourceId, signal, timeoutMs) {
      if (signal.aborted) return Promise.reject(new EngineError('CANCELLED', 'The query was cancelled'));
      let state = sources.get(sourceId);
      if (!state) sources.set(sourceId, (state = { running: 0, queue: [] }));
      const once = () => {
        let freed = false;
        return () => {
          if (freed) return;
          freed = true;
          release(sourceId);
        };
      };
      if (state.running < options.concurrency) {
        state.running++;
        return Promise.resolve(once());
      }
      if (state.queue.length >= options.maxQueued)
        return Promise.reject(
          new EngineError(
            'RESOURCE_LIMIT',
            'Too many queries are waiting for this data source; try again shortly',
          ),
        );
      const queue = state.queue;
      return new Promise((resolve, reject) => {
        const leave = (error: EngineError) => {
          const index = queue.indexOf(waiter);
          if (index >= 0) queue.splice(index, 1);
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          reject(error);
        };
        const onAbort = () => leave(new EngineError('CANCELLED', 'The query was cancelled'));
        const timer = setTimeout(
          () =>
            leave(
              new EngineError('TIMEOUT', 'The query waited for its data source longer than its time limit'),
            ),
          timeoutMs,
        );
        // A slot passes straight from the finishing statement to the next waiter (running stays).
        const waiter: Waiter = {
          grant: () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', onAbort);
            resolve(once());
          },
        };
        signal.addEventListener('abort', onAbort, { once: true });
        queue.push(waiter);
      });
    },
    load(sourceId) {
      const state = sources.get(sourceId);
      return { running: state?.running ?? 0, queued: state?.queue.length ?? 0 };
    },
  };
}
