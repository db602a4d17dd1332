// The parts of autocannon 8 (no bundled types) that e2e/load/run.ts uses beyond bench/gateway's.
declare module 'autocannon' {
  namespace autocannon {
    interface RequestSpec {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      /** Called with the request about to be sent (return it, changed); the context is per connection. */
      setupRequest?: (request: RequestSpec, context: Record<string, unknown>) => RequestSpec;
      onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
    }
    interface Options {
      requests?: RequestSpec[];
      /** Keeps response bodies for onResponse. */
      expectBody?: string;
    }
    interface Histogram {
      average: number;
      p50: number;
      p99: number;
      max: number;
    }
    interface Result {
      latency: Histogram;
      requests: Histogram & { total: number; sent: number };
    }
  }
}
