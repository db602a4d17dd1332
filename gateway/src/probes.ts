import { sendJson, type HealthReport, type Route } from '@tessera/service-kit';

export interface ProbeState {
  /** The supergraph is loaded and Apollo can plan queries. */
  schemaLoaded(): boolean;
  /** stop() has begun: take this replica out of the load balancer before it closes. */
  draining(): boolean;
  /** The subgraphs' /health (each including its database), as GET /health reports it. */
  dependencies(): Promise<HealthReport>;
}

/**
 * Orchestrator probes. /livez: the process answers HTTP (no dependency checks, so a database
 * outage never restarts gateways). /readyz: the supergraph is loaded, every subgraph's /health is
 * ok and the gateway is not shutting down; 503 otherwise, with what is missing.
 */
export function probeRoutes(state: ProbeState): Route {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === '/livez') {
      sendJson(res, 200, { status: 'ok' }, { 'cache-control': 'no-store' });
      return true;
    }
    if (pathname !== '/readyz') return false;
    if (state.draining()) {
      sendJson(res, 503, { status: 'draining' }, { 'cache-control': 'no-store' });
      return true;
    }
    const report = await state.dependencies();
    const components = { supergraph: { status: state.schemaLoaded() ? 'ok' : 'down' }, ...report.components };
    const ready = Object.values(components).every((component) => component.status === 'ok');
    sendJson(
      res,
      ready ? 200 : 503,
      { status: ready ? 'ready' : 'not ready', components },
      { 'cache-control': 'no-store' },
    );
    return true;
  };
}
