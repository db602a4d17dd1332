import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REQUEST_ID_HEADER } from '@tessera/auth';
import type { Logger } from '@tessera/logger';
import { traceIncomingRequest, tracingEnabled } from '@tessera/tracing';
import type { HealthReport } from './health.ts';
import { routeLabel, type Metrics } from './metrics.ts';
import { sendJson } from './http-util.ts';

/** A route answers true when it handled the request. */
export type Route = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface HttpServiceOptions {
  name: string;
  logger: Logger;
  graphql: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  health: () => Promise<HealthReport>;
  /** Extra routes tried before the built-in ones (static files, internal endpoints...). */
  routes?: Route[];
  /** Request metrics, and GET /metrics serving them. */
  metrics?: Metrics;
}

export interface HttpService {
  server: Server;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** Orchestrator probes and metric scrapes. */
const UNTRACED_ROUTES = new Set(['/health', '/livez', '/readyz', '/metrics']);

export function createHttpService(options: HttpServiceOptions): HttpService {
  const { logger } = options;
  const server = createServer((req, res) => {
    const route = routeLabel(req.url);
    if (options.metrics) {
      const done = options.metrics.observe(route, req.method ?? 'GET');
      res.once('finish', () => done(res.statusCode));
    }
    // Probes and scrapes are not traced: they would drown the traces worth reading.
    if (!tracingEnabled() || UNTRACED_ROUTES.has(route)) return void respond(req, res);
    const requestId = req.headers[REQUEST_ID_HEADER];
    void traceIncomingRequest(
      req,
      res,
      `${req.method ?? 'GET'} ${route}`,
      {
        'http.route': route,
        'tessera.service': options.name,
        ...(typeof requestId === 'string' ? { 'tessera.request_id': requestId } : {}),
      },
      () => respond(req, res),
    );
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  // Declared once per service, not per request (under tsx, a named closure costs a defineProperty).
  function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    return handle(req, res).catch((error: unknown) => {
      logger.error({ err: error, url: req.url }, 'unhandled request error');
      if (!res.headersSent)
        sendJson(res, 500, {
          errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        });
      else res.destroy();
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const route of options.routes ?? []) {
      if (await route(req, res)) return;
    }
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === '/graphql') return options.graphql(req, res);
    if (pathname === '/metrics' && options.metrics && req.method === 'GET') {
      res.writeHead(200, { 'content-type': options.metrics.registry.contentType });
      res.end(await options.metrics.registry.metrics());
      return;
    }
    // Liveness: the process answers HTTP. No dependency checks, so a database outage never
    // restarts pods; readiness (/health) takes them out of the load balancer instead.
    if (pathname === '/livez' && (req.method === 'GET' || req.method === 'HEAD')) {
      return sendJson(res, 200, { status: 'ok' }, { 'cache-control': 'no-store' });
    }
    if (pathname === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
      const report = await options.health();
      return sendJson(res, report.status === 'ok' ? 200 : 503, report);
    }
    sendJson(res, 404, { error: 'Not found' });
  }

  return {
    server,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      });
    },
  };
}
