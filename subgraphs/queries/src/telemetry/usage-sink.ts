export interface UsageEvent {
  at: Date;
  organizationId: string;
  userId: string | null;
  dataSourceId: string;
  sourceKind: string;
  durationMs: number;
  rows: number;
  bytes: number;
  cacheHit: boolean;
  errorCode: string | null;
}

export interface UsageDay {
  day: string;
  queries: number;
  errors: number;
  cacheHits: number;
  rows: number;
  bytes: number;
  p95DurationMs: number;
}

/**
 * Query usage telemetry: ClickHouse when CLICKHOUSE_URL is set, a local DuckDB file otherwise.
 * `record` never blocks a query: events are buffered and flushed in batches.
 */
export interface UsageSink {
  record(event: UsageEvent): void;
  usage(organizationId: string, from: Date, to: Date): Promise<UsageDay[]>;
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** Buffers events and hands them to `write` in batches, every `intervalMs` or at `maxBatch`. */
export function createBatcher(
  write: (events: UsageEvent[]) => Promise<void>,
  options: { intervalMs: number; maxBatch: number; onError: (error: unknown) => void },
) {
  let buffer: UsageEvent[] = [];
  let flushing: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    if (buffer.length === 0) return flushing;
    const batch = buffer;
    buffer = [];
    flushing = flushing.then(() => write(batch)).catch(options.onError);
    return flushing;
  };
  const timer = setInterval(() => void flush(), options.intervalMs);
  timer.unref();
  return {
    push(event: UsageEvent) {
      buffer.push(event);
      if (buffer.length >= options.maxBatch) void flush();
    },
    flush,
    stop() {
      clearInterval(timer);
      return flush();
    },
  };
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
