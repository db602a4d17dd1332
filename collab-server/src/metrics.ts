import { Counter, Gauge, type Registry } from 'prom-client';
import { CloseCode, closeCodeName } from '@tessera/canvas-model/collab';
import type { CollabStats } from './server.ts';

/** The codes the handshake refuses with [A3][L2]: reported as 0 before the first refusal, so rate() works. */
const REFUSE_CODES: readonly number[] = [
  CloseCode.Unauthenticated,
  CloseCode.Forbidden,
  CloseCode.UnknownCanvas,
  CloseCode.CanvasFull,
  CloseCode.InternalError,
  CloseCode.ServerRestart,
];

/** The codes a re-authorization closes with [A7]. */
const REAUTHORIZE_CLOSE_CODES: readonly number[] = [
  CloseCode.Unauthenticated,
  CloseCode.Forbidden,
  CloseCode.UnknownCanvas,
  CloseCode.ServerRestart,
];

/** A re-authorization closes with 1012 only when the access level changed. */
export function reauthorizeClosedReason(code: number): string {
  return code === CloseCode.ServerRestart ? 'access_changed' : refusedReason(code);
}

/** `4401` -> `unauthenticated`, `4503` -> `canvas_full`; a code without a name -> `code_<n>`. */
export function refusedReason(code: number): string {
  const name = closeCodeName(code);
  return name ? name.replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase() : `code_${code}`;
}

/**
 * Registers the collab metrics in `registry`; each reads `stats()` when scraped, so values are
 * always current. The standalone server serves them at GET /metrics; a host process that mounts
 * the server with `{ listen: false }` calls this with its own registry and `() => collab.stats()`.
 * Once per registry (prom-client refuses a metric name twice).
 */
export function registerCollabMetrics(registry: Registry, stats: () => CollabStats): void {
  new Gauge({
    name: 'collab_connections',
    help: 'Open collab websocket connections on this instance',
    registers: [registry],
    collect() {
      this.set(stats().connections);
    },
  });
  new Gauge({
    name: 'collab_documents',
    help: 'Canvases loaded (live) on this instance',
    registers: [registry],
    collect() {
      this.set(stats().canvases);
    },
  });
  new Counter({
    name: 'collab_refused_connections_total',
    help: 'Collab connections refused during the handshake, by reason (the close code sent)',
    labelNames: ['reason'],
    registers: [registry],
    collect() {
      // stats() holds the running totals of this server: copy them rather than adding deltas, so a
      // restarted server (totals back to 0) shows as an ordinary counter reset.
      const refused = stats().refused;
      const totals = new Map<string, number>(REFUSE_CODES.map((code) => [refusedReason(code), 0]));
      for (const [code, count] of Object.entries(refused)) {
        const reason = refusedReason(Number(code));
        totals.set(reason, (totals.get(reason) ?? 0) + count);
      }
      this.reset();
      for (const [reason, count] of totals) this.inc({ reason }, count);
    },
  });
  new Counter({
    name: 'collab_reauthorize_closed_connections_total',
    help: 'Open collab connections closed by periodic re-authorization, by reason (access_changed: reconnect with the new access)',
    labelNames: ['reason'],
    registers: [registry],
    collect() {
      const totals = new Map<string, number>(
        REAUTHORIZE_CLOSE_CODES.map((code) => [reauthorizeClosedReason(code), 0]),
      );
      for (const [code, count] of Object.entries(stats().reauthorizeClosed)) {
        const reason = reauthorizeClosedReason(Number(code));
        totals.set(reason, (totals.get(reason) ?? 0) + count);
      }
      this.reset();
      for (const [reason, count] of totals) this.inc({ reason }, count);
    },
  });
  new Counter({
    name: 'collab_reauthorize_errors_total',
    help: 'Periodic re-authorizations whose authorize call failed (the connection was kept)',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(stats().reauthorizeErrors);
    },
  });
  new Gauge({
    name: 'collab_documents_not_saving',
    help: 'Loaded canvases whose stores keep failing: their clients were told and edits are refused until a store succeeds',
    registers: [registry],
    collect() {
      this.set(stats().canvasesNotSaving);
    },
  });
  new Gauge({
    name: 'collab_redis_connected',
    help: '1 when scale-out through Redis is configured and both Redis connections are ready, else 0',
    registers: [registry],
    collect() {
      this.set(stats().redisConnected ? 1 : 0);
    },
  });
}
