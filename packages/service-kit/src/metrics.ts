import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics for one service: process defaults, HTTP request counts and latency by route
 * and status, and errors by code. Services add their own (engine durations, collab rooms) to
 * `registry`. Served at GET /metrics.
 */
export function createMetrics(service: string) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by route, method and status',
    labelNames: ['route', 'method', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['route', 'method'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors returned, by code',
    labelNames: ['code'],
    registers: [registry],
  });
  return {
    registry,
    /** Starts timing a request; call the result with the status when it ends. */
    observe(route: string, method: string): (status: number) => void {
      const end = duration.startTimer({ route, method });
      return (status) => {
        end();
        requests.inc({ route, method, status: String(status) });
      };
    },
    error(code: string) {
      errors.inc({ code });
    },
    counter: (name: string, help: string, labelNames: string[] = []) =>
      new Counter({ name, help, labelNames, registers: [registry] }),
    gauge: (name: string, help: string, labelNames: string[] = []) =>
      new Gauge({ name, help, labelNames, registers: [registry] }),
    /** `collect` runs before each read of the histogram (prom-client's option of that name). */
    histogram: (
      name: string,
      help: string,
      labelNames: string[] = [],
      buckets?: number[],
      collect?: () => void,
    ) =>
      new Histogram({
        name,
        help,
        labelNames,
        registers: [registry],
        ...(buckets ? { buckets } : {}),
        ...(collect ? { collect } : {}),
      }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const LABELLED_ROUTES = new Set([
  'graphql',
  'health',
  'livez',
  'readyz',
  'metrics',
  'export',
  'upload',
  'internal',
  'collab',
]);

/** A bounded route label: known prefixes, never raw paths (tokens and ids stay out of metrics). */
export function routeLabel(url: string | undefined): string {
  const target = url ?? '/';
  const query = target.indexOf('?');
  const pathname = query < 0 ? target : target.slice(0, query);
  // The first segment: between the path's first '/' and the next one.
  const from = pathname.indexOf('/');
  const to = from < 0 ? -1 : pathname.indexOf('/', from + 1);
  const first = from < 0 ? '' : pathname.slice(from + 1, to < 0 ? undefined : to);
  return LABELLED_ROUTES.has(first) ? `/${first}` : '/other';
}
